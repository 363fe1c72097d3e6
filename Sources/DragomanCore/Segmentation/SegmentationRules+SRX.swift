extension SegmentationRules {
    /// The rules as an SRX 2.0 document for CAT tools: this locale's `break="no"` rules, then a cascaded
    /// default rule set that breaks after sentence punctuation.
    public func srx() -> String { Self.srx([self]) }

    /// One SRX 2.0 document for several locales, mapped by language pattern (`tr.*` → `tr`).
    ///
    /// SRX cannot say everything the segmenter does: breaks ICU adds or drops by its own rules, and the
    /// removal of breaks inside quotations, are approximated or left out (a comment in the file says so).
    public static func srx(_ locales: [SegmentationRules]) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <srx version="2.0" xmlns="http://www.lisa.org/srx20">
              <header segmentsubflows="yes" cascade="yes">
                <formathandle type="start" include="no"/>
                <formathandle type="end" include="yes"/>
                <formathandle type="isolated" include="yes"/>
              </header>
              <body>
                <languagerules>

            """
        for rules in locales {
            xml += "      <languagerule languagerulename=\"\(XMLText.escape(rules.locale))\">\n"
            xml += "        <!-- Exported from Locales/\(XMLText.escape(rules.locale))/segmentation.yaml by dragoman. "
            xml += "Dragoman also uses ICU's sentence rules and keeps quotations opened mid-sentence whole. -->\n"
            for rule in rules.srxRules {
                xml += "        <rule break=\"\(rule.breaks ? "yes" : "no")\">\n"
                xml += "          <beforebreak>\(XMLText.escape(rule.before))</beforebreak>\n"
                xml += "          <afterbreak>\(XMLText.escape(rule.after))</afterbreak>\n"
                xml += "        </rule>\n"
            }
            xml += "      </languagerule>\n"
        }
        xml += """
                  <languagerule languagerulename="default">
                    <rule break="yes">
                      <beforebreak>\(XMLText.escape(terminator + closing))</beforebreak>
                      <afterbreak>\\s+</afterbreak>
                    </rule>
                  </languagerule>
                </languagerules>
                <maprules>

            """
        for rules in locales {
            let name = XMLText.escape(rules.locale)
            xml +=
                "      <languagemap languagepattern=\"\(XMLText.escape(escapeRegex(rules.locale))).*\" languagerulename=\"\(name)\"/>\n"
        }
        xml += """
                  <languagemap languagepattern=".*" languagerulename="default"/>
                </maprules>
              </body>
            </srx>

            """
        return xml
    }

    /// One SRX rule: a regex for the text before the break position and one for the text after it.
    struct SRXRule: Equatable {
        var breaks: Bool
        var before: String
        var after: String
    }

    private static let terminator = "[.?!\u{2026}\u{061F}\u{06D4}]"
    private static let closing = "[\"'\u{2019}\u{201D}\u{00BB})\\]]*"
    private static let opening = "[\"'\u{2018}\u{201C}\u{00AB}(\\[]*"
    /// The signs `Segmenter.isNumberSign` accepts before a number.
    private static let numberSign = "[+%\u{066A}~\u{2248}\\p{Sc}]"
    private static let wordStart = "(?<![\\p{L}\\p{N}.])"
    /// Not after a number and white space, as `Segmenter.followsNumber` requires.
    private static let notAfterNumber = "(?<!\\p{N}\\s{1,8})"
    /// At the text's start or after white space or an opening mark, as `Segmenter.standsAlone` requires.
    private static let standsAlone = "(?<![^\\s\"'\u{2018}\u{201C}\u{00AB}(\\[])"

    /// The locale's rules as SRX rules, most specific first (SRX applies the first rule that matches).
    var srxRules: [SRXRule] {
        var result: [SRXRule] = []
        // An inner period (`ق.م`, `e.g`): no break between a period and a letter that follows directly.
        result.append(SRXRule(breaks: false, before: "\\p{L}\\.", after: "\\p{L}"))
        // The `1.` of a numbered list run into the text after a colon, when a `2.` follows (`Steps: 1. Book. 2. Pay.`).
        result.append(
            SRXRule(
                breaks: false, before: ":\\s+[1\u{0661}\u{06F1}]\\.",
                after: "\\s+(?=[\\s\\S]*\\s[2\u{0662}\u{06F2}]\\.\\s)"))
        if lowercaseContinues {
            result.append(
                SRXRule(breaks: false, before: Self.terminator + Self.closing, after: "\\s+" + Self.opening + "\\p{Ll}")
            )
        }
        if !ellipsisEndsSentence {
            result.append(SRXRule(breaks: false, before: "(?:\u{2026}|\\.\\.\\.)" + Self.closing, after: "\\s"))
        }
        let starterForms = Self.sortedForms(Self.caseVariants(sentenceStarters, locale: locale))
        let starters = starterForms.map(Self.escapeRegex)
        let notStarter = Self.notFollowedByWord(starters)
        // An initial stands before a name, but not before a sentence starter of two letters or more.
        let notWordStarter = Self.notFollowedByWord(starterForms.filter { $0.utf16.count >= 2 }.map(Self.escapeRegex))
        // An abbreviation starts a word, or follows a proclitic joined to it (`ود.`).
        let abbreviationStart =
            Self.wordStart
            + (proclitics.isEmpty
                ? "" : "(?:" + Self.sortedForms(Set(proclitics)).map(Self.escapeRegex).joined(separator: "|") + ")?")
        for form in Self.sortedForms(Self.caseVariants(abbreviations, locale: locale)) {
            // A dotted acronym (`U.S.`) ends the sentence before a sentence starter.
            let dotted = form.contains(".") && form.allSatisfy { $0 == "." || $0.isUppercase }
            result.append(
                SRXRule(
                    breaks: false, before: abbreviationStart + Self.escapeRegex(form) + "\\.",
                    after: dotted && !starters.isEmpty ? "\\s+" + notStarter : "\\s"))
        }
        // Abbreviations run together without a space (`Prof.Dr.`): every part one of them.
        let forms = Self.sortedForms(Self.caseVariants(abbreviations, locale: locale))
        if !forms.isEmpty {
            let any = "(?:" + forms.map(Self.escapeRegex).joined(separator: "|") + ")"
            result.append(
                SRXRule(breaks: false, before: Self.wordStart + "(?:" + any + "\\.)+" + any + "\\.", after: "\\s"))
        }
        for form in Self.sortedForms(Self.caseVariants(numberAbbreviations, locale: locale)) {
            // A number may carry signs before it (`Tel. +90`), as `Segmenter.startsNumber` allows.
            result.append(
                SRXRule(
                    breaks: false, before: abbreviationStart + Self.escapeRegex(form) + "\\.",
                    after: "\\s+" + Self.numberSign + "*\\p{N}"))
        }
        if initials {
            // Not after a number: `38.5 °C.` and `1950 م.` are a unit and an era.
            let initial = Self.notAfterNumber + Self.standsAlone
            result.append(
                SRXRule(breaks: false, before: initial + "\\p{Lu}\\.", after: "\\s+" + notWordStarter + "\\p{Lu}"))
            result.append(
                SRXRule(breaks: false, before: initial + "\\p{Lo}\\.", after: "\\s+" + notWordStarter + "\\p{Lo}"))
        }
        if ordinalDigits > 0 {
            // Not after a number: `555 00 00.` ends a phone number.
            result.append(
                SRXRule(
                    breaks: false, before: Self.notAfterNumber + Self.standsAlone + "\\p{N}{1,\(ordinalDigits)}\\.",
                    after: "\\s+" + notStarter + "[^\\p{N}\\s]"))
        }
        if romanOrdinals {
            result.append(
                SRXRule(breaks: false, before: Self.wordStart + "[IVXLCDM]+\\.", after: "\\s+" + notStarter + "\\p{Lu}")
            )
        }
        return result
    }

    /// Longest first, so that a longer abbreviation is tried before a shorter one it ends with.
    private static func sortedForms(_ forms: Set<String>) -> [String] {
        forms.sorted { ($0.count, $0) > ($1.count, $1) }
    }

    /// A lookahead that fails where one of `words` (escaped patterns) follows as a whole word; empty when there
    /// are none.
    static func notFollowedByWord(_ words: [String]) -> String {
        words.isEmpty ? "" : "(?!(?:\(words.joined(separator: "|")))(?![\\p{L}\\p{N}]))"
    }

    /// `text` with every regex metacharacter escaped.
    static func escapeRegex(_ text: String) -> String {
        var result = ""
        for character in text {
            if "\\^$.|?*+()[]{}-/".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
