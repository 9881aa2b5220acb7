package io.github.akhbar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.akhbar.boilerplate.BoilerplateStripper;
import io.github.akhbar.date.DateExtractor;
import io.github.akhbar.date.DateMention;
import io.github.akhbar.date.MonthNames;
import io.github.akhbar.date.MonthSystem;
import io.github.akhbar.normalize.ArabicNormalizer;
import io.github.akhbar.number.NumberExtractor;
import io.github.akhbar.number.NumberMention;
import io.github.akhbar.number.OrdinalExtractor;
import io.github.akhbar.number.OrdinalMention;
import io.github.akhbar.testing.DocumentAssertions;
import io.github.akhbar.token.ArabicTokenizer;
import io.github.akhbar.token.Token;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The README's example, as written there, on an article of our own. */
class ReadmeExampleTest {

    private static final String RAW = "افتتاح الدورة الـ30 لمهرجان الفيلم\n"
            + "تنطلق فعاليات الدورة الـ30 من المهرجان يوم 14 نونبر الجاري، بمشاركة 45 فيلما.\n"
            + "اقرأ أيضًا\n"
            + "زر الذهاب إلى الأعلى";

    @Test
    void pipelineExampleRunsAsDocumented() {
        String raw = RAW;
        Pipeline pipeline = Pipeline.of(
                BoilerplateStripper.defaults(),
                ArabicNormalizer.forSearch(),
                ArabicTokenizer.create(),
                DateExtractor.create(),
                NumberExtractor.builder().yieldTo(DateMention.class).build(),
                OrdinalExtractor.create());

        Document doc = pipeline.process(Document.builder(raw).publishedOn(LocalDate.of(2024, 11, 8)).build());
        String searchable = doc.text();
        List<String> printed = new ArrayList<>();
        for (DateMention d : doc.annotations(DateMention.class)) {
            printed.add(raw.substring(d.span().start(), d.span().end()) + " → " + d.value().orElse("?"));
        }

        DocumentAssertions.assertValid(doc);
        assertFalse(searchable.contains("اقرأ"), searchable);
        assertFalse(searchable.contains("الأعلى"), searchable);
        assertTrue(searchable.contains("الدوره"), "normalized for search: " + searchable);
        assertEquals(List.of("14 نونبر الجاري → 2024-11-14"), printed);
        List<Long> ordinals = doc.annotations(OrdinalMention.class).stream().map(OrdinalMention::value).toList();
        assertEquals(List.of(30L, 30L), ordinals);
        List<String> numbers = doc.annotations(NumberMention.class).stream()
                .map(n -> raw.substring(n.span().start(), n.span().end())).toList();
        assertEquals(List.of("45"), numbers);
        assertFalse(doc.annotations(Token.class).isEmpty());
    }

    @Test
    void standalonePiecesAsDocumented() {
        assertEquals("احمد", ArabicNormalizer.forSearch().normalize("أَحْمَد"));
        assertEquals(Optional.of(Month.SEPTEMBER), MonthNames.of(MonthSystem.MOROCCAN).lookup("شتنبر"));
        String text = "الدورة الـ92";
        List<Token> tokens = ArabicTokenizer.create().tokenize(text);
        assertEquals("الدورة", tokens.get(0).text(text));
    }
}
