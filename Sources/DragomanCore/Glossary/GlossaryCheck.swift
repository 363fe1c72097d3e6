/// The `dragoman check` pipeline step for glossaries: units in, report out.
public enum GlossaryCheck {
    /// Checks every unit against `termbase` and collects the findings; nothing is printed or written.
    public static func run(
        units: [BilingualUnit], termbase: Termbase, severities: GlossarySeverities = .default
    ) throws(DragomanError) -> ComplianceReport {
        let checker = try ComplianceChecker(termbase: termbase, severities: severities)
        var results: [UnitResult] = []
        results.reserveCapacity(units.count)
        for unit in units { results.append(try checker.check(unit)) }
        return ComplianceReport(results: results, termbasePath: termbase.path)
    }
}
