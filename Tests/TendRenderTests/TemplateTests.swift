import Testing
import TendCore
import TendRender
import TendTemplates

/// Mustache rendering: no HTML escaping, null keys stay empty, errors name their place.
struct TemplateTests {
    func render(_ text: String, _ context: JSONValue, file: String = "t.md") throws(Diagnostic) -> String {
        try TemplateRenderer.render(TemplateSource(text: text, file: file), context: context)
    }

    @Test func neverEscapesHTMLButOpensNoTag() throws {
        let out = try render("<b>{{a}}</b> & {{b}}\n", .object([("a", .string("<details> & \"quotes\"")), ("b", .string("Tom's"))]))
        #expect(out == "<b>&lt;details> & \"quotes\"</b> & Tom's\n", "the template's own HTML stays; a value's < cannot open a tag")
    }

    /// Regression: a title, an intention or a tag from the front matter reached the review's
    /// Markdown as raw HTML (`<script>`, `<img onerror>`).
    @Test(arguments: [
        // a value, as rendered
        ("<script>alert(1)</script>", "&lt;script>alert(1)&lt;/script>"),
        ("<img src=x onerror=alert(1)>", "&lt;img src=x onerror=alert(1)>"),
        ("[<b>title</b>](x.md)", "[&lt;b>title&lt;/b>](x.md)"),
        ("a < b and c > d", "a &lt; b and c > d"),
        ("no tags at all", "no tags at all"),
    ])
    func valuesCarryNoRawHTML(value: String, rendered: String) throws {
        let context = JSONValue.object([("title", .string(value)), ("list", .array([.object([("text", .string(value))])]))])
        #expect(try render("{{title}}|{{#list}}{{text}}{{/list}}", context) == rendered + "|" + rendered)
    }

    @Test func nullIsEmptyAndDoesNotReachOuterKeys() throws {
        let context = JSONValue.object([("note", .string("outer")),
                                        ("items", .array([.object([("note", .null)]), .object([("note", .string("inner"))])]))])
        #expect(try render("{{#items}}[{{note}}]{{#note}}yes{{/note}}{{/items}}", context) == "[][inner]yes")
    }

    @Test func listsGetHasKeys() throws {
        let context = JSONValue.object([("things", .array([])), ("more", .array([.number(1)]))])
        #expect(try render("{{^hasThings}}none{{/hasThings}} {{#hasMore}}some{{/hasMore}}", context) == "none some")
    }

    @Test func numbersRenderAsJSONWritesThem() throws {
        #expect(try render("{{a}} {{b}}", .object([("a", .number(3)), ("b", .number(2.5))])) == "3 2.5")
    }

    /// A template error is a diagnostic at the template's file, line and column.
    @Test(arguments: [
        // template -> line, column, sentence
        ("{{% CONTENT_TYPE: TEXT}}\nline\n{{#open}}\nnever closed\n", 5, 1,
         "the template ends inside a section: a {{/name}} closing tag is missing"),
        ("{{% CONTENT_TYPE: TEXT}}\n\nHello {{name\n", 3, 7, "this tag is never closed (a '}}' is missing)"),
        ("first\n{{#a}}x{{/b}}\n", 2, 11, "this closing tag does not match the section it closes"),
    ])
    func errorsNameFileLineAndColumn(text: String, line: Int, column: Int, sentence: String) {
        let expected = Diagnostic(.error, sentence, at: Place(path: "Templates/weekly-review.md", line: line, column: column))
        #expect(throws: expected) { try render(text, .object([]), file: "Templates/weekly-review.md") }
    }

    @Test(arguments: TendTemplates.names)
    func builtInTemplatesParseAndSayText(name: String) throws {
        let text = try TendTemplates.text(named: name)
        #expect(text.hasPrefix("{{% CONTENT_TYPE: TEXT}}\n"))
        _ = try render(text, .object([]), file: name)
    }

    @Test(arguments: [
        ("date: {{date:YYYY-MM-DD}}", "date: 2026-11-03"),
        ("# {{date:dddd, MMMM D}}", "# Tuesday, November 3"),
        ("{{date:ddd D MMM YY}} at {{time:HH:mm}}", "Tue 3 Nov 26 at 09:05"),
        ("{{date:[Week of] YYYY}}", "Week of 2026"),
        ("{{date}} and {{title}} stay", "{{date}} and {{title}} stay"),
    ])
    func obsidianPlaceholders(text: String, expected: String) {
        #expect(ObsidianPlaceholders.expand(text, date: LocalDate(parsing: "2026-11-03")!, minutes: 9 * 60 + 5) == expected)
    }
}
