// Word counting without a break iterator: the UAX #29 word-boundary rules that decide whether a run of
// letters and digits is one word, applied to ICU's own Word_Break property values.
//
// A site build counts the words of every post in every locale (for the reading time), about three times
// the corpus; ICU's iterator spends most of that time in its generic state machine and needs UTF-16. The
// rules that matter for counting (which characters join a word) are few, so they run here over UTF-8 with a
// table of classes, and the iterator is kept for text whose words only a dictionary can find.
#include "CICU.h"

#include <unicode/uchar.h>
#include <unicode/uscript.h>
#include <unicode/utf8.h>

namespace {

/// The Word_Break classes that decide whether a word goes on, plus the characters the iterator must handle.
enum WordClass : uint8_t {
    Other = 0,
    Letter,        // ALetter
    Hebrew,        // Hebrew_Letter
    Numeric,
    ExtendNumLet,  // the connector punctuation `_` and its kin
    MidLetter,
    MidNum,
    MidNumLet,
    SingleQuote,
    DoubleQuote,
    Ignored,       // Extend, Format: attached to the character before them (WB4)
    Joiner,        // ZWJ: attached like Extend, and it glues a pictograph after it (WB3c)
    Pictograph,    // Extended_Pictographic (and no other class)
    LineEnd,       // CR, LF, Newline: nothing attaches across them (WB3a, WB3b)
    Dictionary,    // Han, Hiragana, Katakana and complex-context scripts: ICU breaks them with dictionaries
};

// ICU's root rules differ from the Unicode property in three ways: `@` is a letter (so an e-mail address is
// one word), the colon is not a MidLetter (that is a Swedish and Finnish tailoring), and Hangul syllables go
// to the dictionary with Han and kana.
WordClass classify(UChar32 c) {
    if (c == 0x40) return Letter;
    if (c == 0x3A || c == 0xFE55 || c == 0xFF1A) return Other;
    if (c >= 0xAC00 && c <= 0xD7A3) return Dictionary;
    UErrorCode code = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(c, &code);
    if (U_SUCCESS(code) && (script == USCRIPT_HAN || script == USCRIPT_HIRAGANA || script == USCRIPT_KATAKANA))
        return Dictionary;
    if (u_getIntPropertyValue(c, UCHAR_LINE_BREAK) == U_LB_COMPLEX_CONTEXT) return Dictionary;
    switch (u_getIntPropertyValue(c, UCHAR_WORD_BREAK)) {
        case U_WB_ALETTER: return Letter;
        case U_WB_HEBREW_LETTER: return Hebrew;
        case U_WB_NUMERIC: return Numeric;
        case U_WB_KATAKANA: return Dictionary;  // with Han and Hiragana in ICU's dictionary set
        case U_WB_EXTENDNUMLET: return ExtendNumLet;
        case U_WB_MIDLETTER: return MidLetter;
        case U_WB_MIDNUM: return MidNum;
        case U_WB_MIDNUMLET: return MidNumLet;
        case U_WB_SINGLE_QUOTE: return SingleQuote;
        case U_WB_DOUBLE_QUOTE: return DoubleQuote;
        case U_WB_EXTEND:
        case U_WB_FORMAT: return Ignored;
        case U_WB_ZWJ: return Joiner;
        case U_WB_CR:
        case U_WB_LF:
        case U_WB_NEWLINE: return LineEnd;
        default: return u_hasBinaryProperty(c, UCHAR_EXTENDED_PICTOGRAPHIC) ? Pictograph : Other;
    }
}

/// Classes of the Basic Multilingual Plane, looked up once per process (64 KiB); other planes are asked
/// of ICU character by character.
struct ClassTable {
    uint8_t classes[0x10000];
    ClassTable() {
        for (UChar32 c = 0; c < 0x10000; c++) classes[c] = classify(c);
    }
};

const ClassTable &table() {
    static const ClassTable instance;  // thread-safe initialisation (C++11)
    return instance;
}

bool isAHLetter(WordClass c) { return c == Letter || c == Hebrew; }

/// Reads characters of valid UTF-8 and their classes, stepping over those that attach to the one before.
struct Reader {
    const uint8_t *text;
    int32_t length;
    int32_t offset = 0;
    /// Whether Extend, Format or ZWJ characters followed the character last read, and whether the last of
    /// them was a ZWJ.
    bool trailing = false;
    bool endsWithJoiner = false;
    const ClassTable &classes = table();

    WordClass classAt(int32_t &position) const {
        UChar32 c;
        U8_NEXT(text, position, length, c);
        if (c < 0) return Other;
        return c < 0x10000 ? static_cast<WordClass>(classes.classes[c]) : classify(c);
    }

    /// The next character's class, with the Extend, Format and ZWJ characters after it consumed (WB4).
    WordClass next() {
        WordClass current = classAt(offset);
        trailing = false;
        endsWithJoiner = current == Joiner;
        if (current != LineEnd) skipIgnored(offset);
        return current;
    }

    /// The class of the character after the current one; `after` is where the character after it starts.
    WordClass peek(int32_t &after) const {
        after = offset;
        if (after >= length) return Other;
        return classAt(after);
    }

    /// Moves on to `after` (from ``peek``), stepping over what attaches to that character.
    void advance(int32_t after) {
        offset = after;
        trailing = false;
        endsWithJoiner = false;
        skipIgnored(offset);
    }

  private:
    void skipIgnored(int32_t &position) {
        while (position < length) {
            int32_t after = position;
            WordClass c = classAt(after);
            if (c != Ignored && c != Joiner) return;
            trailing = true;
            endsWithJoiner = c == Joiner;
            position = after;
        }
    }
};

}  // namespace

// Segments are found as ICU's rules chain them; a segment is a word when the rule that ends it carries a
// word status. That rule is set by the segment's last base character: a letter or digit, with anything
// attached after it, always is; `_` is only when it joined something and nothing is attached after it, as
// is a Hebrew letter's apostrophe (WB7a); a pictograph glued on by a ZWJ (WB3c) never is.
int32_t dgm_count_words_utf8(const uint8_t *text, int32_t length) {
    Reader reader{text, length};
    int32_t words = 0;
    // The last base character of the open segment (Other when nothing can join it), and whether the
    // segment would be a word if it ended here.
    WordClass last = Other;
    bool isWord = false;
    while (reader.offset < length) {
        bool afterJoiner = reader.endsWithJoiner;
        WordClass current = reader.next();
        if (afterJoiner && current == Pictograph) {
            isWord = false;
            last = Other;
            continue;
        }
        bool joins = false;
        switch (current) {
            case Dictionary: return -1;
            case Letter:
            case Hebrew:
            case Numeric:
            case ExtendNumLet:  // WB5, WB8, WB9, WB10, WB13a, WB13b
                joins = isAHLetter(last) || last == Numeric || last == ExtendNumLet;
                break;
            case MidLetter:
            case MidNumLet:
            case SingleQuote:
            case MidNum:
            case DoubleQuote: {
                int32_t after;
                WordClass following = reader.peek(after);
                bool letters = isAHLetter(last) && isAHLetter(following) &&
                               (current == MidLetter || current == MidNumLet || current == SingleQuote);  // WB6, WB7
                bool digits = last == Numeric && following == Numeric &&
                              (current == MidNum || current == MidNumLet || current == SingleQuote);  // WB11, WB12
                bool hebrew = last == Hebrew && following == Hebrew && current == DoubleQuote;  // WB7b, WB7c
                if (letters || digits || hebrew) {
                    // The segment goes on through the middle character and the one after it.
                    reader.advance(after);
                    last = following;
                    isWord = true;
                    continue;
                }
                if (last == Hebrew && current == SingleQuote) {  // WB7a: the apostrophe ends the segment
                    isWord = !reader.trailing;
                    last = Other;
                    continue;
                }
                break;
            }
            default: break;
        }
        if (!joins) {
            if (isWord) words++;
            isWord = false;
        }
        switch (current) {
            case Letter:
            case Hebrew:
            case Numeric:
                isWord = true;
                last = current;
                break;
            case ExtendNumLet:
                isWord = joins && !reader.trailing;
                last = current;
                break;
            default:
                isWord = false;
                last = Other;
        }
    }
    if (isWord) words++;
    return words;
}
