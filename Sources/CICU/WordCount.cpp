// Word counting without a break iterator: the UAX #29 word-boundary rules that decide whether a run of
// letters and digits is one word, applied to ICU's own Word_Break property values.
//
// A site build counts the words of every post in every locale (for the reading time), about three times
// the corpus; ICU's iterator spends most of that time in its generic state machine and needs UTF-16. The
// rules that matter for counting (which characters join a word) are few, so they run here over UTF-8 with a
// table of classes, and the iterator is kept for text whose words only a dictionary can find. Most text is
// ASCII words and spaces, read sixteen bytes at a time, or runs of two-byte letters (Turkish, Arabic), read
// with one look-up a character.
#include "CICU.h"

#include <string.h>

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

/// Classes of the Basic Multilingual Plane, looked up once per process; other planes are asked of ICU
/// character by character.
struct ClassTable {
    uint8_t classes[0x10000];
    /// For the two bytes at a position (the first in the low eight bits): the class of the character they
    /// start in the low four bits and its length in bytes (1 or 2) above them; 0 when the character is
    /// longer or the bytes are not UTF-8. ASCII and the two-byte characters (Latin letters with marks, Greek,
    /// Cyrillic, Hebrew, Arabic) are decoded with one look-up.
    uint8_t pairs[0x10000];

    ClassTable() {
        for (UChar32 c = 0; c < 0x10000; c++) classes[c] = classify(c);
        for (uint32_t pair = 0; pair < 0x10000; pair++) {
            uint8_t first = pair & 0xFF, second = pair >> 8;
            if (first < 0x80) {
                pairs[pair] = 1 << 4 | classes[first];
            } else if (first >= 0xC2 && first < 0xE0 && (second & 0xC0) == 0x80) {
                pairs[pair] = 2 << 4 | classes[(first & 0x1F) << 6 | (second & 0x3F)];
            } else {
                pairs[pair] = 0;
            }
        }
    }
};
static_assert(Dictionary < 16, "a class fits in the four low bits of a pair's entry");

const ClassTable &table() {
    static const ClassTable instance;  // thread-safe initialisation (C++11)
    return instance;
}

bool isAHLetter(WordClass c) { return c == Letter || c == Hebrew; }

/// Whether `c` is Letter, Hebrew or Numeric, in one comparison.
bool isLetterOrDigit(WordClass c) {
    static_assert(Hebrew == Letter + 1 && Numeric == Letter + 2, "letters and digits are consecutive classes");
    return uint8_t(c - Letter) <= Numeric - Letter;
}

/// The two bytes at `bytes`, the first in the low eight bits: an index into ``ClassTable::pairs``.
inline uint16_t pairAt(const uint8_t *bytes) {
    uint16_t pair;
    memcpy(&pair, bytes, 2);
#if __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    pair = __builtin_bswap16(pair);
#endif
    return pair;
}

/// ASCII text sixteen bytes at a time: most of a post is ASCII letters, digits and spaces, whose classes
/// need no table and whose words are runs that nothing else can join. Clang's vector types are portable C++
/// that Clang lowers to the target's SIMD compares (SSE2 on x86-64, checked in the generated code).
namespace ascii {

typedef uint8_t Bytes __attribute__((ext_vector_type(16)));
typedef bool Bits __attribute__((ext_vector_type(16)));

/// The lanes that are true, as the bits of an integer (bit i for byte i).
inline uint32_t bitsOf(Bits lanes) { return __builtin_bit_cast(uint16_t, lanes); }

/// The start of sixteen bytes that is made of word bytes (the letters `A`-`Z`, `a`-`z`, `@` and the digits)
/// and separators (controls, space, `!`: class Other or a line end), as bits. Only the bytes before the first
/// other byte count: a middle character, `_`, other punctuation or a byte of a non-ASCII character is left to
/// the character-by-character path.
struct Block {
    int32_t length;  // the bytes that count, 0 to 16
    uint32_t words;  // letters and digits among them
    uint32_t separators;
};

inline Block read(const uint8_t *text) {
    Bytes x;
    memcpy(&x, text, sizeof x);
    // Unsigned differences: a byte below the range wraps around above it. `x | 0x20` folds capitals onto small
    // letters; `@` is a letter in ICU's root rules.
    Bits digits = __builtin_convertvector(Bytes(x - '0') <= 9, Bits);
    Bits letters = __builtin_convertvector(Bytes((x | 0x20) - 'a') <= 'z' - 'a', Bits);
    Bits at = __builtin_convertvector(x == '@', Bits);
    Bits separators = __builtin_convertvector(x <= '!', Bits);
    uint32_t words = bitsOf(digits | letters | at);
    uint32_t plain = words | bitsOf(separators);
    int32_t length = __builtin_ctz(~plain);  // at most 16: the bits above 16 of `~plain` are set
    uint32_t counted = (uint32_t(1) << length) - 1;
    return {length, words & counted, plain & ~words & counted};
}

}  // namespace ascii

/// A character's class and where the character after it starts.
struct Decoded {
    WordClass wordClass;
    int32_t end;
};

/// The class of the character at `position` in UTF-8 `text`. Text that is not UTF-8 reads as Other
/// characters. (Returned by value: a position passed by reference would live in memory in the loops.)
__attribute__((always_inline)) inline Decoded decode(
    const uint8_t *text, int32_t length, int32_t position, const ClassTable &table) {
    if (position + 1 < length) {
        uint8_t entry = table.pairs[pairAt(text + position)];
        if (entry != 0) return {static_cast<WordClass>(entry & 0xF), position + (entry >> 4)};
    } else if (text[position] < 0x80) {  // the last byte
        return {static_cast<WordClass>(table.classes[text[position]]), position + 1};
    }
    UChar32 c;
    U8_NEXT(text, position, length, c);
    return {c < 0 ? Other : c < 0x10000 ? static_cast<WordClass>(table.classes[c]) : classify(c), position};
}

/// The class of the first character after `position` that nothing attaches to the one before (WB4).
WordClass baseAfter(const uint8_t *text, int32_t length, int32_t position, const ClassTable &table, int32_t &end) {
    while (position < length) {
        Decoded decoded = decode(text, length, position, table);
        position = decoded.end;
        if (decoded.wordClass != Ignored && decoded.wordClass != Joiner) {
            end = position;
            return decoded.wordClass;
        }
    }
    end = position;
    return Other;
}

/// Steps over the letters and digits after a letter or digit (they join it: WB5, WB8 to WB10), and over
/// words that follow it with a plain separator (class Other or a line end) between: ASCII and two-byte
/// characters only (a pair entry of 0 reads as Other). Returns where it stops, before anything else (the
/// main loop decodes that, the text's last byte included); `last` becomes the class of the last letter or
/// digit, and `words` counts the words that ended.
inline int32_t stepOverWords(
    const uint8_t *text, int32_t length, int32_t position, const ClassTable &table, WordClass &last, int32_t &words) {
    // Pointers and the last entry kept in registers: this loop reads most letters of non-ASCII text.
    const uint8_t *bytes = text + position;
    const uint8_t *lastPair = text + length - 1;  // where the last pair starts
    uint8_t lastEntry = last;
    while (bytes < lastPair) {
        uint8_t entry = table.pairs[pairAt(bytes)];
        if (!isLetterOrDigit(static_cast<WordClass>(entry & 0xF))) {
            // A separator then a letter or digit: the word ends, the next one starts (as the main loop would
            // find in two steps). A word that starts with two ASCII bytes is left to the main loop's blocks.
            bool separator = entry != 0 && ((entry & 0xF) == Other || (entry & 0xF) == LineEnd);
            const uint8_t *next = bytes + (entry >> 4);
            if (!separator || next >= lastPair || (next[0] | next[1]) < 0x80) break;
            uint8_t nextEntry = table.pairs[pairAt(next)];
            if (!isLetterOrDigit(static_cast<WordClass>(nextEntry & 0xF))) break;
            words += 1;
            bytes = next;
            entry = nextEntry;
        }
        lastEntry = entry;
        // A letter or digit is one or two bytes, told by its first byte. Stepping by that byte rather than by
        // the entry keeps the table look-up off the chain from one character to the next (a load, not two).
        bytes += 1 + (bytes[0] >> 7);
    }
    last = static_cast<WordClass>(lastEntry & 0xF);
    return static_cast<int32_t>(bytes - text);
}

}  // namespace

// Segments are found as ICU's rules chain them; a segment is a word when the rule that ends it carries a
// word status. That rule is set by the segment's last base character: a letter or digit, with anything
// attached after it, always is; `_` is only when it joined something and nothing is attached after it, as
// is a Hebrew letter's apostrophe (WB7a); a pictograph glued on by a ZWJ (WB3c) never is.
int32_t dgm_count_words_utf8(const uint8_t *text, int32_t length) {
    const ClassTable &table = ::table();
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
        // Two ASCII bytes: likely more, read as a block (the test is cheap; text in other scripts skips it).
        if (length - position >= 16 && (text[position] | text[position + 1]) < 0x80) {
            ascii::Block block = ascii::read(text + position);
            if (block.length > 0) {
                // The first byte ends the open segment unless it is a letter or digit that joins it (as in
                // the cases below); inside the block, a word ends at each separator after a word byte.
                bool joins = (block.words & 1) && (isAHLetter(last) || last == Numeric || last == ExtendNumLet);
                if (!joins) words += isWord;
                words += __builtin_popcount(block.separators & (block.words << 1));
                position += block.length;
                isWord = (block.words >> (block.length - 1)) & 1;
                last = !isWord ? Other : uint8_t(text[position - 1] - '0') <= 9 ? Numeric : Letter;
                fragile = false;
                afterJoiner = false;
                continue;
            }
        }
        Decoded decoded = decode(text, length, position, table);
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
                position = stepOverWords(text, length, position, table, last, words);
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
                WordClass following = baseAfter(text, length, position, table, end);
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
