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

/// A character's class and where the character after it starts.
struct Decoded {
    WordClass wordClass;
    int32_t end;
};

/// The class of the character at `position` in UTF-8 `text`. Text that is not UTF-8 reads as Other
/// characters. (Returned by value: a position passed by reference would live in memory in the loops.)
__attribute__((always_inline)) inline Decoded decode(
    const uint8_t *text, int32_t length, int32_t position, const uint8_t *classes) {
    uint8_t lead = text[position];
    if (lead < 0x80) return {static_cast<WordClass>(classes[lead]), position + 1};
    // Two-byte characters (Latin letters with marks, Greek, Cyrillic, Hebrew, Arabic) without the general
    // decoder.
    if (lead >= 0xC2 && lead < 0xE0 && position + 1 < length && (text[position + 1] & 0xC0) == 0x80) {
        return {static_cast<WordClass>(classes[(lead & 0x1F) << 6 | (text[position + 1] & 0x3F)]), position + 2};
    }
    UChar32 c;
    U8_NEXT(text, position, length, c);
    return {c < 0 ? Other : c < 0x10000 ? static_cast<WordClass>(classes[c]) : classify(c), position};
}

/// The class of the first character after `position` that nothing attaches to the one before (WB4).
WordClass baseAfter(const uint8_t *text, int32_t length, int32_t position, const uint8_t *classes, int32_t &end) {
    while (position < length) {
        Decoded decoded = decode(text, length, position, classes);
        position = decoded.end;
        if (decoded.wordClass != Ignored && decoded.wordClass != Joiner) {
            end = position;
            return decoded.wordClass;
        }
    }
    end = position;
    return Other;
}

}  // namespace

// Segments are found as ICU's rules chain them; a segment is a word when the rule that ends it carries a
// word status. That rule is set by the segment's last base character: a letter or digit, with anything
// attached after it, always is; `_` is only when it joined something and nothing is attached after it, as
// is a Hebrew letter's apostrophe (WB7a); a pictograph glued on by a ZWJ (WB3c) never is.
int32_t dgm_count_words_utf8(const uint8_t *text, int32_t length) {
    const uint8_t *classes = table().classes;
    int32_t words = 0;
    // The open segment: its last base character (Other when nothing can join it), whether it is a word if
    // it ends here, whether an attached character would take that away (after `_` or WB7a's apostrophe),
    // and whether the last character read was a ZWJ.
    WordClass last = Other;
    bool isWord = false;
    bool fragile = false;
    bool afterJoiner = false;
    int32_t position = 0;
    while (position < length) {
        Decoded decoded = decode(text, length, position, classes);
        WordClass current = decoded.wordClass;
        position = decoded.end;
        switch (current) {
            case Letter:
            case Hebrew:
            case Numeric:  // WB5, WB8, WB9, WB10, WB13b
                if (!(isAHLetter(last) || last == Numeric || last == ExtendNumLet)) words += isWord;
                isWord = true;
                fragile = false;
                last = current;
                // Letters and digits after a letter or digit join it: a run of them is stepped over.
                while (position < length) {
                    Decoded next = decode(text, length, position, classes);
                    if (next.wordClass != Letter && next.wordClass != Numeric && next.wordClass != Hebrew) break;
                    last = next.wordClass;
                    position = next.end;
                }
                break;
            case ExtendNumLet: {  // WB13a, WB13b
                bool joins = isAHLetter(last) || last == Numeric || last == ExtendNumLet;
                if (!joins) words += isWord;
                // `__` and `a_` are words, but not with anything attached after the `_`.
                isWord = joins;
                fragile = true;
                last = current;
                break;
            }
            case Ignored:
            case Joiner:  // WB4: transparent, except that they end a fragile word
                if (fragile) isWord = false;
                afterJoiner = current == Joiner;
                continue;
            case Pictograph:
                if (afterJoiner) {  // WB3c: glued to the segment, which then is not a word
                    isWord = false;
                    fragile = false;
                    last = Other;
                    break;
                }
                words += isWord;
                isWord = false;
                fragile = false;
                last = Other;
                break;
            case MidLetter:
            case MidNumLet:
            case SingleQuote:
            case MidNum:
            case DoubleQuote: {
                int32_t end;
                WordClass following = baseAfter(text, length, position, classes, end);
                bool letters = isAHLetter(last) && isAHLetter(following) &&
                               (current == MidLetter || current == MidNumLet || current == SingleQuote);  // WB6, WB7
                bool digits = last == Numeric && following == Numeric &&
                              (current == MidNum || current == MidNumLet || current == SingleQuote);  // WB11, WB12
                bool hebrew = last == Hebrew && following == Hebrew && current == DoubleQuote;  // WB7b, WB7c
                if (letters || digits || hebrew) {
                    // The segment goes on through the middle character and the one after it.
                    position = end;
                    last = following;
                    isWord = true;
                    fragile = false;
                } else if (last == Hebrew && current == SingleQuote) {
                    // WB7a: the apostrophe joins the Hebrew word and ends it.
                    fragile = true;
                    last = Other;
                } else {
                    words += isWord;
                    isWord = false;
                    fragile = false;
                    last = Other;
                }
                break;
            }
            case Dictionary: return -1;
            default:  // Other, LineEnd
                words += isWord;
                isWord = false;
                fragile = false;
                last = Other;
        }
        afterJoiner = false;
    }
    return words + isWord;
}
