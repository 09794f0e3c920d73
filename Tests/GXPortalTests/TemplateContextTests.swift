import Foundation
import Testing
@testable import GXPortal

/// Every name a template of the default theme uses is declared by a context on the stack it is rendered with: the
/// page kind's context under the page frame, `base`'s context, and the elements of the sections in between.
@Suite struct TemplateContextTests {
    /// Every page kind's context type.
    static var pages: [any PageContext.Type] {
        [
            HomePageContext.self, YearPageContext.self, AgenciesPageContext.self, AgencyPageContext.self, RegionsPageContext.self,
            RegionPageContext.self, ReportPageContext.self, ValidationPageContext.self, FindingListPageContext.self, RulesPageContext.self, SearchPageContext.self,
            NotFoundPageContext.self, DataPageContext.self, SubmissionYearsPageContext.self, SubmissionsPageContext.self,
        ]
    }

    /// The default theme's templates by name.
    static func templates() throws -> [String: String] {
        let folder = SiteTestData.defaultTheme
        var templates: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) where name.hasSuffix(".mustache") {
            templates[String(name.dropLast(".mustache".count))] = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        }
        return templates
    }

    /// The stack a page kind's template starts with, bottom first: the page's context under the frame.
    static func stack(of page: any PageContext.Type) -> [TemplateNameCheck.Frame] {
        [.context(page), .context(PageFrame.self)]
    }

    @Test(arguments: pages.map { $0.kind })
    func everyNameOfAPageTemplateIsDeclared(kind: String) throws {
        let page = try #require(Self.pages.first { $0.kind == kind })
        var check = try TemplateNameCheck(templates: Self.templates())
        check.check(kind, stack: Self.stack(of: page))
        for problem in check.problems { Issue.record("\(problem)") }
    }

    @Test func everyNameOfTheBaseTemplateIsDeclared() throws {
        var check = try TemplateNameCheck(templates: Self.templates())
        check.check("base", stack: [.context(BasePageContext.self)])
        for problem in check.problems { Issue.record("\(problem)") }
    }

    /// No template goes unchecked: every one is a page kind's, `base`, or a partial one of them includes.
    @Test func everyTemplateIsChecked() throws {
        let templates = try Self.templates()
        var check = try TemplateNameCheck(templates: templates)
        check.check("base", stack: [.context(BasePageContext.self)])
        for page in Self.pages { check.check(page.kind, stack: Self.stack(of: page)) }
        #expect(check.visited == Set(templates.keys))
        #expect(Set(Theme.requiredTemplates).isSubset(of: check.visited))
        #expect(Set(Self.pages.map { $0.kind }).count == Self.pages.count)
    }

    /// The frame's names come before the page's: a page declaring one of them would never be asked for it.
    @Test(arguments: pages.map { $0.kind })
    func frameNamesAreNotAPagesOwn(kind: String) throws {
        let page = try #require(Self.pages.first { $0.kind == kind })
        #expect(Set(page.declaredNames.keys).isDisjoint(with: PageFrame.declaredNames.keys))
    }

    /// The check itself: names an outer context declares pass, names none declares fail, dotted names follow their type.
    @Test(arguments: [
        ("{{caption}}{{#rows}}{{agency}}{{caption}}{{root}}{{/rows}}", []),
        ("{{#rows}}{{nonexistent}}{{/rows}}", ["nonexistent"]),
        ("{{#pager}}{{#items}}{{number}}{{year}}{{/items}}{{/pager}}", []),
        ("{{status.pass}}{{status.nonexistent}}{{rows.agency}}", ["status.nonexistent", "rows.agency"]),
        ("{{^charts}}{{svg}}{{/charts}}{{#charts}}{{svg}}{{/charts}}", ["svg"]),
        ("{{#has_charts}}{{svg}}{{/has_charts}}{{> nonexistent}}", ["svg", ">nonexistent"]),
        ("{{#nonexistent}}{{year}}{{/nonexistent}}{{{body}}}{{&title}}", ["#nonexistent", "body", "title"]),
    ] as [(String, [String])])
    func checkFindsUndeclaredNames(template: String, undeclared: [String]) throws {
        var check = try TemplateNameCheck(templates: ["t": template])
        check.check("t", stack: Self.stack(of: YearPageContext.self))
        #expect(check.problems.map(\.name) == undeclared)
    }

    /// A problem names the template, the partials it came through, the name and the contexts on the stack.
    @Test func problemNamesTemplateNameAndContexts() throws {
        var check = try TemplateNameCheck(templates: ["t": "{{#latest}}{{> p}}{{/latest}}", "p": "\n{{#rows}}{{nonexistent}}{{/rows}}"])
        check.check("t", stack: Self.stack(of: HomePageContext.self))
        #expect(check.problems.map(\.description) == [
            "t > p:2: {{nonexistent}} is declared by no context on its stack (HomePageContext < PageFrame < LatestReports < ReportTableRow)",
        ])
    }

    @Test(arguments: ["{{=<% %>=}}", "{{$block}}{{/block}}", "{{#a}}", "{{/a}}", "{{#a}}{{/b}}", "{{name"])
    func unreadableTemplatesFail(template: String) {
        #expect(throws: TemplateOutline.Unreadable.self) { try TemplateOutline(template) }
    }
}
