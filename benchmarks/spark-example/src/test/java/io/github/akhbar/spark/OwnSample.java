package io.github.akhbar.spark;

import java.util.ArrayList;
import java.util.List;

/**
 * A small JSONL sample written by us (modelled on the shapes of scraped news records, not copied
 * from any): messy whitespace, CRLF, blank-line runs, NBSP and bidi marks, tatweel, digits of two
 * scripts, month names, every kind of pass-through field, numeric ids, JSON escapes.
 */
final class OwnSample {

    private static final String[] PARAGRAPHS = {
        "أعلنت وزارة   التجهيز  عن إطلاق مشروع جديد لتوسيع الطريق الساحلي",
        "وقال مسؤول في الوزارة إن الأشغال ستنطلق في شتنبر 2025 \t وتستمر سنتين",
        "\u00A0وتبلغ الكلفة الإجمالية ١٢٠ مليون درهم حسب البلاغ",
        "افتتحت الدورة الـ15 من معرض الكتاب\r\nبمشاركة ناشرين من عشرين بلدا",
        "وسجلت المصالح الصحية   ارتفاعا طفيفا في عدد الحالات خلال فيفري الماضي",
        "\u202Bأكد المدرب أن الفريق جاهز للمباراة المقبلة\u202C",
        "الاجتمـــاع المقبل سيعقد يوم 3 جوان في مقر البلدية",
        "وأشار التقرير إلى أن نسبة البطالة بلغت 11,5 في المائة",
        "  اقرأ أيضا:   ",
        "وفي سياق متصل، دعت الجمعية إلى حوار وطني حول التعليم",
    };

    private static final String[] SEPARATORS = {"\n", "\n\n\n", " \r\n ", "\n \n", "  ", "\t\n"};

    private OwnSample() {
    }

    /** @return the records, one JSON object per element, each with a distinct id */
    static List<String> records() {
        List<String> out = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            StringBuilder text = new StringBuilder();
            int paragraphs = 1 + i % 5;
            if (i % 4 == 0) {
                text.append("   ");
            }
            for (int k = 0; k < paragraphs; k++) {
                if (k > 0) {
                    text.append(SEPARATORS[(i + k) % SEPARATORS.length]);
                }
                text.append(PARAGRAPHS[(i * 3 + k) % PARAGRAPHS.length]);
            }
            if (i % 3 == 0) {
                text.append(" \n\n");
            }
            StringBuilder r = new StringBuilder("{");
            r.append(i % 7 == 3 ? "\"id\": " + (1000 + i) : "\"id\": \"own/" + String.format("%03d", i) + "\"");
            r.append(", \"site\": \"example-").append(i % 3).append(".ma\"");
            switch (i % 6) {
                case 0 -> r.append(", \"date\": \"2024-11-08\"");
                case 1 -> r.append(", \"date\": \"08/11/2024\"");
                case 2 -> r.append(", \"date\": null");
                case 3 -> r.append(", \"date\": \"2013-05-02 10:20:00\"");
                case 4 -> r.append(", \"date\": \"not a date\"");
                default -> { }
            }
            if (i % 5 == 0) {
                r.append(", \"tags\": [\"اقتصاد\", 1, true, null, {\"k\": 2.50}]");
            }
            if (i == 7) {
                r.append(", \"annotations\": [{\"type\": \"old\"}]");
            }
            r.append(", \"text\": ").append(quote(i == 11 ? "" : text.toString()));
            r.append(", \"title\": ").append(quote("عنوان \"الخبر\" رقم " + i));
            r.append('}');
            out.add(r.toString());
        }
        return out;
    }

    /** JSON string literal; escapes some non-ASCII as {@code \\uXXXX} too, as some scrapers do. */
    private static String quote(String s) {
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20 || c == '\u00A0' || c == '\u202B' || c == '\u202C') {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.append('"').toString();
    }
}
