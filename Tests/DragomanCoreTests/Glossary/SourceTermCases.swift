import Testing

/// English source text: plural, possessive, hyphenated, spaced and capitalised forms of terms, and words that
/// only look like one. `expected` lists the concepts found, in text order.
struct SourceTermCase: CustomTestStringConvertible, Sendable {
    var source: String
    var expected: [String]

    init(_ source: String, _ expected: [String]) {
        self.source = source
        self.expected = expected
    }

    var testDescription: String { source }
}

let englishSourceCases: [SourceTermCase] = [
    SourceTermCase("Stem-cell therapies are regulated.", ["stem-cell-therapy"]),
    SourceTermCase("THE STEM CELLS' NICHE", ["stem-cell"]),
    SourceTermCase("A stem cell's fate is decided early.", ["stem-cell"]),
    SourceTermCase("Umbilical cord blood banks store it.", ["cord-blood"]),
    SourceTermCase("Side-effects and adverse events were logged.", ["side-effect", "adverse-event"]),
    SourceTermCase("Both gut–brain axes were studied.", ["gut-brain-axis"]),
    SourceTermCase("Anti-inflammatories were paused.", ["anti-inflammatory"]),
    SourceTermCase("RCTs and observational trials disagree.", ["rct", "observational-study"]),
    SourceTermCase("Cars were parked by the exosomal lab.", []),
    SourceTermCase("mscs grow here, say the notes.", []),
    SourceTermCase("Wharton’s jelly-derived MSCs' output.", ["wharton-jelly", "msc-abbr"]),
    SourceTermCase("Clinical studies and follow-ups continue.", ["clinical-study", "follow-up"]),
    SourceTermCase("Informed-consent forms were signed.", ["informed-consent"]),
    SourceTermCase("Immune responses differ.", ["immune-response"]),
    SourceTermCase("Our İstanbul clinic.", ["istanbul"]),
    SourceTermCase("Cell to cell communication matters.", ["cellular-communication"]),
    SourceTermCase("A double blind, placebo controlled design.", ["double-blind", "placebo"]),
    SourceTermCase("Neuroinflammatory markers rose.", []),
    SourceTermCase("Stem growth in plants.", []),
    SourceTermCase("Autism-spectrum disorders vary.", ["asd"]),
    SourceTermCase("Applied Behaviour Analysis (ABA) is used.", ["aba", "aba"]),
    SourceTermCase("Neuro\u{00AD}inflammation fell.", ["neuroinflammation"]),
    SourceTermCase("The cure's promise.", ["cure"]),
    SourceTermCase("Mesenchymal stem cells (MSCs) were infused.", ["msc", "msc-abbr"]),
    SourceTermCase("BLOOD–BRAIN BARRIERS", ["blood-brain-barrier"]),
    SourceTermCase("Pre-clinical studies and non-clinical trials.", []),
    SourceTermCase("Placebo-controlled, FDA-approved trials.", ["placebo", "fda"]),
    SourceTermCase("Auto-immune responses were ruled out.", []),
    SourceTermCase("Extra-cellular vesicles were counted.", ["extracellular-vesicle"]),
    SourceTermCase("Neuro-immune signalling changes.", ["neuroimmune-signaling"]),
    SourceTermCase("Micro-glial cells react.", ["microglia"]),
    SourceTermCase("Autistic people lead these groups.", ["autistic-person"]),
]
