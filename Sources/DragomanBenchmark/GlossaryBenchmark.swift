import DragomanCore

#if canImport(Glibc)
    import Glibc
#elseif canImport(Darwin)
    import Darwin
#endif

/// Glossary check throughput against generated termbases of growing size, over one generated corpus.
///
/// The corpus (about 2 MB of English source plus Turkish and Arabic targets) only uses the first 1,000
/// concepts, which every termbase has, so the work per unit is the same and any slowdown comes from the
/// termbase's size alone.
enum GlossaryBenchmark {
    static func run(sizes: [Int] = [1_000, 10_000, 100_000]) {
        let units = corpus(bytes: 2_000_000)
        let bytes = units.reduce(0) { $0 + $1.source.utf8.count + $1.target.utf8.count }
        print("glossary check: \(units.count) units, \(bytes / 1000) kB (source + target), release build recommended")
        for size in sizes {
            let clock = ContinuousClock()
            let termbase = Self.termbase(concepts: size)
            var checker: ComplianceChecker?
            let build = clock.measure {
                checker = try? ComplianceChecker(termbase: termbase)
                // Warm up both target locales so their forbidden-term indexes are built outside the timing.
                _ = try? checker?.check(units[0])
                _ = try? checker?.check(units[1])
            }
            guard let checker else {
                print("  \(size) concepts: could not build the checker")
                continue
            }
            var findings = 0
            var failed = false
            let cpuStart = threadCPUSeconds()
            let check = clock.measure {
                for unit in units {
                    guard let result = try? checker.check(unit) else {
                        failed = true
                        return
                    }
                    findings += result.findings.count
                }
            }
            let cpu = threadCPUSeconds() - cpuStart
            let seconds = Double(check.components.seconds) + Double(check.components.attoseconds) / 1e18
            let rate = Double(bytes) / 1_000_000 / max(seconds, 1e-9)
            let cpuRate = Double(bytes) / 1_000_000 / max(cpu, 1e-9)
            print(
                "  \(pad(size)) concepts: build \(format(build)), check \(format(check)) wall / "
                    + "\(String(format2: cpu * 1000)) ms CPU, \(String(format2: rate)) MB/s wall, "
                    + "\(String(format2: cpuRate)) MB/s CPU, \(findings) findings\(failed ? " (check failed)" : "")")
        }
    }

    private static let englishSyllables = [
        "ba", "ke", "lo", "mi", "nu", "ra", "se", "ti", "vo", "zu", "da", "fe", "go", "hi", "ju", "ka", "le", "mo",
        "ni", "pu",
    ]
    private static let turkishSyllables = [
        "be", "ke", "le", "me", "ne", "re", "se", "te", "ve", "ze", "bi", "ki", "li", "mi", "ni", "ri", "si", "ti",
        "vi", "zi",
    ]
    private static let arabicLetters = [
        "ب", "ت", "ج", "د", "ر", "س", "ش", "ص", "ط", "ع", "ف", "ق", "ك", "م", "ن", "ه", "ز", "ي", "ح", "خ",
    ]
    private static let englishHeads = ["cell", "factor", "marker", "pathway", "receptor", "protein", "signal"]
    private static let turkishHeads = ["etken", "gen", "desen", "zincir", "birim", "sistem", "tümör"]
    private static let arabicHeads = ["خلوي", "عصبي", "مناعي", "جزيئي", "بروتيني", "وراثي", "نسيجي"]

    /// A name unique to concept `index`: four syllables read as base-20 digits.
    private static func stem(_ index: Int, _ syllables: [String], end: String) -> String {
        var value = index
        var result = ""
        for _ in 0..<4 {
            result = syllables[value % 20] + result
            value /= 20
        }
        return result + end
    }

    static func termbase(concepts count: Int) -> Termbase {
        let concepts = (0..<count).map { index -> TermConcept in
            let en = "\(stem(index, englishSyllables, end: "n")) \(englishHeads[index % 7])"
            let tr = "\(stem(index, turkishSyllables, end: "n")) \(turkishHeads[index % 7])"
            let ar = "\(stem(index, arabicLetters, end: "ة")) \(arabicHeads[index % 7])"
            var forbidden: [String: [String]] = [:]
            if index % 50 == 0 {
                forbidden = [
                    "tr": ["eski \(stem(index, turkishSyllables, end: "n"))"],
                    "ar": ["قديم \(stem(index, arabicLetters, end: "ة"))"],
                ]
            }
            return TermConcept(id: "c\(index)", terms: ["en": [en], "tr": [tr], "ar": [ar]], forbidden: forbidden)
        }
        return Termbase(targetLocales: ["tr", "ar"], concepts: concepts, path: "generated-\(count).csv")
    }

    /// Units alternating Turkish and Arabic targets, each with two inflected terms; every 20th unit leaves a
    /// term out and every 100th uses a forbidden term, so the check has findings to report.
    static func corpus(bytes: Int) -> [BilingualUnit] {
        let fillerEN =
            "the study showed that patients in a group with improved results after treatment and further research"
            .split(separator: " ")
        let fillerTR =
            "çalışma gösterdi ki hastalar grup ile iyileşmiş sonuçlar tedavi sonrası daha fazla araştırma gerekli"
            .split(separator: " ")
        let fillerAR = "أظهرت الدراسة أن المرضى في مجموعة مع نتائج محسنة بعد العلاج ومزيد من البحث".split(
            separator: " ")
        var generator = SplitMix(seed: 42)
        var units: [BilingualUnit] = []
        var total = 0
        while total < bytes {
            let index = units.count
            let a = Int(generator.next() % 1000)
            let b = Int(generator.next() % 1000)
            let words = { (filler: [Substring], n: Int) in
                (0..<n).map { _ in String(filler[Int(generator.next() % UInt64(filler.count))]) }.joined(separator: " ")
            }
            let source =
                "\(words(fillerEN, 6)) \(stem(a, englishSyllables, end: "n")) \(englishHeads[a % 7])s \(words(fillerEN, 5)) \(stem(b, englishSyllables, end: "n")) \(englishHeads[b % 7])'s \(words(fillerEN, 6))."
            let target: String
            let locale = index % 2 == 0 ? "tr" : "ar"
            let dropSecond = index % 20 == 0
            if locale == "tr" {
                let second =
                    dropSecond ? "bir şey" : "\(stem(b, turkishSyllables, end: "n")) \(turkishHeads[b % 7])lerin"
                let forbidden = index % 100 == 0 ? " eski \(stem(0, turkishSyllables, end: "n"))" : ""
                target =
                    "\(words(fillerTR, 5)) \(stem(a, turkishSyllables, end: "n")) \(turkishHeads[a % 7])leri \(words(fillerTR, 5)) \(second)\(forbidden) \(words(fillerTR, 5))."
            } else {
                let second = dropSecond ? "شيء ما" : "وال\(stem(b, arabicLetters, end: "ة")) ال\(arabicHeads[b % 7])ة"
                let forbidden = index % 100 == 1 ? " قديم \(stem(0, arabicLetters, end: "ة"))" : ""
                target =
                    "\(words(fillerAR, 5)) بال\(stem(a, arabicLetters, end: "ة")) ال\(arabicHeads[a % 7])ة \(words(fillerAR, 5)) \(second)\(forbidden) \(words(fillerAR, 5))."
            }
            units.append(
                BilingualUnit(
                    post: "post-\(index / 50)", id: "u\(index)", source: source, target: target, targetLocale: locale))
            total += source.utf8.count + target.utf8.count
        }
        return units
    }

    /// CPU time of the calling thread: steadier than wall time on a busy machine.
    private static func threadCPUSeconds() -> Double {
        var spec = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &spec)
        return Double(spec.tv_sec) + Double(spec.tv_nsec) / 1e9
    }

    private static func format(_ duration: Duration) -> String {
        let millis = Double(duration.components.seconds) * 1000 + Double(duration.components.attoseconds) / 1e15
        return "\(String(format2: millis)) ms"
    }

    private static func pad(_ value: Int) -> String {
        let text = "\(value)"
        return String(repeating: " ", count: max(0, 7 - text.count)) + text
    }
}

/// A small deterministic random number generator, so every run checks the same corpus.
struct SplitMix {
    private var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}

extension String {
    /// A number with two decimals, without Foundation's format strings.
    init(format2 value: Double) {
        let scaled = Int((value * 100).rounded())
        let fraction = abs(scaled % 100)
        self = "\(scaled / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
