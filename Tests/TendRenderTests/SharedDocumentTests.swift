import Testing
@testable import TendRender

/// The Markdown of `tend share`: an entry's own words stay inside their entry, and no `<` from
/// a person's words opens an HTML tag where the summary is read.
struct SharedDocumentTests {
    /// Regression: with `--with-text`, an entry's `# Title` and `## Next steps` became headings of
    /// the summary itself, and `<script>` written in an entry reached the Markdown as a tag.
    static let cases: [(SharedDocument.Block, String)] = [
        (.text("Mon 2 Nov · KAP 1", "# KAP session 1\n\nI saw the lake.\n## Next steps\n- call Maya\n"),
         "### Mon 2 Nov · KAP 1\n\n> # KAP session 1\n>\n> I saw the lake.\n> ## Next steps\n> - call Maya\n"),
        (.text("Tue 3 Nov · <b>Tuesday</b>", "<script>alert(1)</script>"),
         "### Tue 3 Nov · &lt;b>Tuesday&lt;/b>\n\n> &lt;script>alert(1)&lt;/script>\n"),
        (.paragraph("a < b, and <img src=x onerror=alert(1)>"), "a &lt; b, and &lt;img src=x onerror=alert(1)>\n"),
        (.list(["rest <now>"]), "- rest &lt;now>\n"),
        (.labeled("Journey 1:", "intention: <i>soften</i>"), "**Journey 1:** intention: &lt;i>soften&lt;/i>\n"),
        (.heading("Insights"), "## Insights\n"),
    ]

    @Test(arguments: cases)
    func markdown(_ block: SharedDocument.Block, _ expected: String) {
        #expect(SharedDocument(title: "Summary", blocks: [block]).markdown == "# Summary\n\n" + expected)
    }
}
