package io.github.akhbar.boilerplate;

/**
 * Why a line was removed by {@link BoilerplateStripper}.
 *
 * <pre>
 * SHARE          "شارك المقال", "يمكنكم مشاركة المقال على منصتكم المفضلة", bare counters "523"
 * COMMENTS       "إضافة تعليق", "لن يتم نشر عنوان بريدك الإلكتروني …"
 * RELATED        "اقرأ أيضا" and the teaser headlines that follow it
 * FOLLOW         "تابعونا على فيسبوك", "تابع … على غوغل نيوز من هنا", bare social links
 * BYLINE_META    "كتب - فلان:", "القاهرة - أ ش أ:", "- في رياضة, الواجهة"
 * NAVIGATION     "زر الذهاب إلى الأعلى", "الرئيسية", pagination, breadcrumbs
 * SIGNATURE      "الأفق.كوم", "// انتهى //"
 * LEGAL          copyright, cookie and newsletter notices
 * MEDIA          "صورة أرشيفية", "شاهد الفيديو", "فيديو وصور."
 * TITLE_REPEAT   the title repeated on the next lines (kept once)
 * </pre>
 *
 * <p>Enum constants are immutable and safe for concurrent use.
 *
 * @since 0.1.0
 */
public enum BoilerplateKind {
    /** Share prompts and share/view/comment counters. */
    SHARE,
    /** Comment forms and comment notices. */
    COMMENTS,
    /** "Read also" headers and the teaser headlines after them. */
    RELATED,
    /** Follow-us prompts, social handles and bare social links. */
    FOLLOW,
    /** Bylines, datelines, agency credits and category crumbs that are metadata, not prose. */
    BYLINE_META,
    /** Back-to-top buttons, home links, pagination and breadcrumbs. */
    NAVIGATION,
    /** Site signatures and end markers. */
    SIGNATURE,
    /** Copyright, cookie and newsletter notices. */
    LEGAL,
    /** Caption furniture: archive-photo credits, video labels. */
    MEDIA,
    /** The title repeated as the next lines (exactly or nearly). */
    TITLE_REPEAT;

    /** @return the lower-case name used in the CLI's JSON output, such as {@code "byline_meta"} */
    public String jsonName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
