/*
 * CICU: the small C API through which Dragoman reaches ICU (Debian's libicu-dev).
 *
 * The header exposes only plain C types: Swift modules that also import Foundation must never see ICU's
 * own headers, which clash with the ICU module that Foundation bundles. Text is UTF-16 (`uint16_t`),
 * locales are ICU locale IDs in UTF-8, and `status` receives an ICU error code (0 or negative = success).
 * Functions that write into a buffer return the full length needed; when it exceeds the capacity the
 * status is `DGM_BUFFER_OVERFLOW` and the caller retries with a larger buffer.
 */
#ifndef DRAGOMAN_CICU_H
#define DRAGOMAN_CICU_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

enum { DGM_BUFFER_OVERFLOW = 15 };

/** Returns a static, human-readable name for an ICU status code. */
const char *dgm_error_name(int32_t status);

/* ---- Break iteration ---------------------------------------------------------------------------- */

typedef struct DGMBreaker DGMBreaker;
typedef enum { DGM_BREAK_SENTENCE = 0, DGM_BREAK_WORD = 1, DGM_BREAK_CHARACTER = 2 } DGMBreakKind;

/** Opens a break iterator for a locale (e.g. "tr", "en@ss=standard"). NULL on failure. */
DGMBreaker *dgm_breaker_open(DGMBreakKind kind, const char *locale, int32_t *status);
void dgm_breaker_close(DGMBreaker *breaker);
/** Points the iterator at `text`, which must stay alive while the iterator is used. */
void dgm_breaker_set_text(DGMBreaker *breaker, const uint16_t *text, int32_t length, int32_t *status);
/** The next boundary after the current one, or -1 at the end. */
int32_t dgm_breaker_next(DGMBreaker *breaker);
/** Whether `offset` is a boundary. */
int32_t dgm_breaker_is_boundary(DGMBreaker *breaker, int32_t offset);
/** The rule status of the boundary last returned (word kinds: 0 none, 100 number, 200 letter, ...). */
int32_t dgm_breaker_rule_status(DGMBreaker *breaker);
/** Counts word-like segments (numbers, letters, ideographs) of the text last set. */
int32_t dgm_breaker_count_words(DGMBreaker *breaker);
/**
 * Counts the words of valid UTF-8 `text` as a word iterator with ICU's root rules does (UAX #29 word
 * boundaries; a word is a segment holding a letter or a digit), in one pass over the bytes. Returns -1 when
 * the text holds characters whose words only ICU's dictionaries find (Han, Hiragana, Katakana, Thai and the
 * other complex-context scripts): an iterator must count those.
 */
int32_t dgm_count_words_utf8(const uint8_t *text, int32_t length);

/* ---- Case mapping and normalization ------------------------------------------------------------- */

typedef enum { DGM_CASE_LOWER = 0, DGM_CASE_UPPER = 1, DGM_CASE_TITLE = 2, DGM_CASE_FOLD = 3 } DGMCaseMapping;

/** Maps case with the locale's rules (Turkish and Azeri dotted/dotless i). Folding uses Turkic rules for tr/az. */
int32_t dgm_map_case(DGMCaseMapping mapping, const char *locale, const uint16_t *source, int32_t length,
                     uint16_t *destination, int32_t capacity, int32_t *status);

typedef enum { DGM_NFC = 0, DGM_NFD = 1, DGM_NFKC = 2, DGM_NFKC_CASEFOLD = 3 } DGMNormalForm;

int32_t dgm_normalize(DGMNormalForm form, const uint16_t *source, int32_t length, uint16_t *destination,
                      int32_t capacity, int32_t *status);

/* ---- Transliteration ---------------------------------------------------------------------------- */

typedef struct DGMTransliterator DGMTransliterator;

/** Opens a transliterator from an ID such as "Any-Latin; Latin-ASCII". NULL on failure. */
DGMTransliterator *dgm_transliterator_open(const uint16_t *identifier, int32_t length, int32_t *status);
/** A copy of an open transliterator (far cheaper than opening one: the rules are not compiled again). */
DGMTransliterator *dgm_transliterator_clone(const DGMTransliterator *transliterator);
void dgm_transliterator_close(DGMTransliterator *transliterator);
int32_t dgm_transliterate(DGMTransliterator *transliterator, const uint16_t *source, int32_t length,
                          uint16_t *destination, int32_t capacity, int32_t *status);
/** 1 when the scalar's Script property (not Script_Extensions) is Latin, Common or Inherited, else 0. */
int32_t dgm_is_latin_common_or_inherited(uint32_t scalar);

/* ---- Locale data --------------------------------------------------------------------------------- */

/** 1 when ICU has data for the locale's language, else 0. */
int32_t dgm_locale_is_available(const char *locale);
/** 1 when the locale's script is written right to left. */
int32_t dgm_locale_is_right_to_left(const char *locale);
/** Writes the locale's quotation marks as four UTF-16 code points: open, close, alternate open, alternate close. */
void dgm_locale_quotation_marks(const char *locale, uint16_t marks[4], int32_t *status);

/* ---- Formatting ----------------------------------------------------------------------------------- */

typedef enum { DGM_STYLE_FULL = 0, DGM_STYLE_LONG = 1, DGM_STYLE_MEDIUM = 2, DGM_STYLE_SHORT = 3 } DGMDateStyle;

/** A date formatter kept open for many dates (opening one is the expensive part of formatting a date); it
 formats milliseconds since 1970 UTC in `timeZone` (e.g. "UTC", "Europe/Istanbul"). */
typedef struct DGMDateFormatter DGMDateFormatter;
DGMDateFormatter *dgm_date_formatter_open(const char *locale, DGMDateStyle style, const char *timeZone,
                                          int32_t *status);
int32_t dgm_date_formatter_format(const DGMDateFormatter *formatter, double millis, uint16_t *destination,
                                  int32_t capacity, int32_t *status);
void dgm_date_formatter_close(DGMDateFormatter *formatter);
/** Formats a number with at most `maximumFractionDigits`; the locale may carry "@numbers=arab" or "@numbers=latn". */
int32_t dgm_format_number(const char *locale, double value, int32_t maximumFractionDigits, uint16_t *destination,
                          int32_t capacity, int32_t *status);
/** Writes the plural category (ASCII keyword such as "few") for `value`; returns its length. */
int32_t dgm_plural_category(const char *locale, double value, char *destination, int32_t capacity,
                            int32_t *status);
/** Writes the locale's plural categories as space-separated ASCII keywords; returns the length. */
int32_t dgm_plural_categories(const char *locale, char *destination, int32_t capacity, int32_t *status);
/** Formats a list ("a, b and c") in the locale's conjunction style. */
int32_t dgm_format_list(const char *locale, const uint16_t *const *items, const int32_t *lengths, int32_t count,
                        uint16_t *destination, int32_t capacity, int32_t *status);

/** One named argument of a MessageFormat message: a number when `is_number`, else a UTF-16 string. */
typedef struct {
    const char *name;
    int32_t is_number;
    double number;
    const uint16_t *string;
    int32_t string_length;
} DGMMessageArgument;

/** Formats an ICU MessageFormat pattern with named arguments. On a syntax error `error_offset` is set. */
int32_t dgm_format_message(const char *locale, const uint16_t *pattern, int32_t pattern_length,
                           const DGMMessageArgument *arguments, int32_t argument_count, uint16_t *destination,
                           int32_t capacity, int32_t *status, int32_t *error_offset);
/**
 * Checks a MessageFormat pattern: syntax, and that every plural argument has a selector for each plural
 * category of the locale (or only explicit "=n" and "other" when the locale has just "other"). Writes the
 * missing categories as space-separated keywords (empty when complete) and returns their length.
 */
int32_t dgm_message_missing_plural_categories(const char *locale, const uint16_t *pattern, int32_t pattern_length,
                                              char *destination, int32_t capacity, int32_t *status,
                                              int32_t *error_offset);

#ifdef __cplusplus
}
#endif

#endif
