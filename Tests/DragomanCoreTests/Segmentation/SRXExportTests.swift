import DragomanCore
import Foundation
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

@Suite struct SRXExportTests {
    /// Collects the SRX elements and the text of each `beforebreak`/`afterbreak` pair.
    final class Collector: NSObject, XMLParserDelegate {
        var elements: [String] = []
        var attributes: [[String: String]] = []
        var rules: [(breaks: String, before: String, after: String)] = []
        private var text = ""
        private var breaks = ""
        private var before = ""

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            elements.append(name)
            self.attributes.append(attributes)
            if name == "rule" { breaks = attributes["break"] ?? "" }
            text = ""
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            if name == "beforebreak" { before = text }
            if name == "afterbreak" { rules.append((breaks, before, text)) }
        }
    }

    static func parse(_ xml: String) -> (Bool, Collector) {
        let collector = Collector()
        let parser = XMLParser(data: Data(xml.utf8))
        parser.delegate = collector
        return (parser.parse(), collector)
    }

    @Test(arguments: ["en", "tr", "ar"])
    func isWellFormedSRX20(_ locale: String) throws {
        let rules = try TestSupport.project.segmentationRules(locale)
        let (ok, collector) = Self.parse(rules.srx())
        #expect(ok)
        #expect(collector.elements.first == "srx")
        #expect(collector.attributes.first?["version"] == "2.0")
        #expect(collector.attributes.first?["xmlns"] == "http://www.lisa.org/srx20")
        let header = collector.elements.firstIndex(of: "header").map { collector.attributes[$0] }
        #expect(header?["segmentsubflows"] == "yes" && header?["cascade"] == "yes")
        let maps = collector.elements.indices.filter { collector.elements[$0] == "languagemap" }.map {
            collector.attributes[$0]
        }
        #expect(maps.contains { $0["languagepattern"] == "\(locale).*" && $0["languagerulename"] == locale })
        #expect(collector.rules.contains { $0.breaks == "yes" })
    }

    @Test func everyRegexCompiles() throws {
        let all = try ["en", "tr", "ar"].map { try TestSupport.project.segmentationRules($0) }
        let (ok, collector) = Self.parse(SegmentationRules.srx(all))
        #expect(ok)
        #expect(collector.rules.count > 100)
        for rule in collector.rules {
            #expect((try? NSRegularExpression(pattern: rule.before)) != nil, "\(rule.before)")
            #expect((try? NSRegularExpression(pattern: rule.after)) != nil, "\(rule.after)")
        }
    }

    /// Whether some `break="no"` rule matches `before` at its end and `after` at its start.
    static func blocked(_ before: String, _ after: String, locale: String) throws -> Bool {
        let (_, collector) = parse(try TestSupport.project.segmentationRules(locale).srx())
        return collector.rules.contains { rule in
            guard rule.breaks == "no", let head = try? NSRegularExpression(pattern: "(?:" + rule.before + ")$"),
                let tail = try? NSRegularExpression(pattern: "^(?:" + rule.after + ")")
            else { return false }
            let b = NSRange(before.startIndex..., in: before)
            let a = NSRange(after.startIndex..., in: after)
            return head.firstMatch(in: before, range: b) != nil && tail.firstMatch(in: after, range: a) != nil
        }
    }

    static let cases: [(String, String, String, Bool)] = [
        ("en", "Ask Dr.", " Aydın", true), ("en", "see e.g.", " this", true), ("en", "See Fig.", " 3", true),
        ("en", "It was fine.", " Then", false), ("en", "by J.", " Smith", true),
        ("tr", "Doç.", " Dr. Kaya", true), ("tr", "tedavinin 3.", " gününde", true), ("tr", "sayısı 25.", " Bu", false),
        ("tr", "III.", " Selim", true), ("ar", "قال د.", " سمير", true), ("ar", "قدم أ.د.", " خالد", true),
        ("ar", "انتهى العلاج.", " ثم", false), ("tr", "oranı %30.", " Hekimler", false),
        ("tr", "Ateş 38,5.", " Hemşire", false), ("tr", "s. 12-15.", " Orada", false),
        ("en", "rose to 38.5 °C.", " Then", false), ("ar", "عام 1950 م.", " ودرس", false),
        ("ar", "كتبه محمد ع.", " حسن", true), ("en", "in the U.S.", " It", false), ("en", "the U.S.", " Army", true),
        ("en", "Take vitamin D.", " Then", false), ("en", "by J.", " A. Smith", true),
        ("ar", "سارة خالد ود.", " عمر", true), ("ar", "شكرًا لـد.", " ريم", true), ("ar", "انظر ص. ٤ وص.", " ٩", true),
        ("ar", "نعم، لا بد.", " فالخلايا", false),
        ("en", "Call Tel.", " +44 20", true), ("tr", "İletişim: Tel.", " +90 212", true),
        ("tr", "hattımız 0216 444 12 34.", " Hafta", false),
        ("en", "Steps: 1.", " Book a visit. 2. Pay.", true), ("en", "Sessions: 1.", " Recovery takes a day.", false),
        ("ar", "قبل الحقن: ١.", " أوقف الأسبرين. ٢. اشرب الماء.", true),
        ("tr", "Ortopedi Böl.", " Başkanı", true), ("tr", "Sayıyı ikiye böl.", " Sonra", false),
        ("ar", "وذكر د.م.", " حسين", true), ("en", "in Rm.", " 210", true),
        ("tr", "bkz. Bölüm 4.", " Orada", false), ("tr", "Prof.Dr.", " Can", true),
        ("en", "Ask Prof.Dr.", " Lee", true),
        ("en", "It ended.", " Dr. Lee came", false), ("en", "Book through clinic.ca.", " Bring", false),
    ]

    @Test(arguments: cases)
    func rulesBlockTheRightBreaks(_ locale: String, _ before: String, _ after: String, _ expected: Bool) throws {
        #expect(try Self.blocked(before, after, locale: locale) == expected)
    }

    @Test func escapesRegexAndXMLMetacharacters() {
        let rules = SegmentationRules(locale: "xx", abbreviations: ["a.b", "R&D", "x+y"])
        let xml = rules.srx()
        #expect(xml.contains(#"a\.b\."#))
        #expect(xml.contains(#"R&amp;D\."#))
        #expect(xml.contains(#"x\+y\."#))
        #expect(xml.contains(#"A\.B\."#))
        #expect(Self.parse(xml).0)
    }
}
