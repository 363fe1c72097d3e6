// Implementation of the CICU shim: thin wrappers over ICU4C's C and C++ APIs.
#include "CICU.h"

#include <unicode/brkiter.h>
#include <unicode/datefmt.h>
#include <unicode/listformatter.h>
#include <unicode/locid.h>
#include <unicode/messagepattern.h>
#include <unicode/msgfmt.h>
#include <unicode/normalizer2.h>
#include <unicode/numfmt.h>
#include <unicode/plurrule.h>
#include <unicode/translit.h>
#include <unicode/ubrk.h>
#include <unicode/uchar.h>
#include <unicode/uloc.h>
#include <unicode/ulocdata.h>
#include <unicode/unistr.h>
#include <unicode/uscript.h>
#include <unicode/ustring.h>
#include <unicode/utypes.h>

#include <cstring>
#include <memory>
#include <set>
#include <string>
#include <vector>

using namespace icu;

struct DGMBreaker {
    UBreakIterator *iterator;
};

struct DGMTransliterator {
    Transliterator *transliterator;
};

namespace {

int32_t extract(const UnicodeString &value, uint16_t *destination, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    int32_t length = value.extract(reinterpret_cast<UChar *>(destination), capacity, code);
    if (code == U_STRING_NOT_TERMINATED_WARNING) code = U_ZERO_ERROR;
    *status = code;
    return length;
}

int32_t copyASCII(const std::string &value, char *destination, int32_t capacity, int32_t *status) {
    int32_t length = static_cast<int32_t>(value.size());
    if (length > capacity) {
        *status = U_BUFFER_OVERFLOW_ERROR;
        return length;
    }
    std::memcpy(destination, value.data(), value.size());
    *status = U_ZERO_ERROR;
    return length;
}

UnicodeString view(const uint16_t *text, int32_t length) {
    return UnicodeString(reinterpret_cast<const UChar *>(text), length);
}

bool isTurkic(const char *locale) {
    char language[16] = {0};
    UErrorCode code = U_ZERO_ERROR;
    uloc_getLanguage(locale, language, sizeof language, &code);
    return std::strcmp(language, "tr") == 0 || std::strcmp(language, "az") == 0;
}

}  // namespace

extern "C" {

const char *dgm_error_name(int32_t status) { return u_errorName(static_cast<UErrorCode>(status)); }

DGMBreaker *dgm_breaker_open(DGMBreakKind kind, const char *locale, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    UBreakIteratorType type = kind == DGM_BREAK_SENTENCE ? UBRK_SENTENCE
                              : kind == DGM_BREAK_WORD   ? UBRK_WORD
                                                         : UBRK_CHARACTER;
    UBreakIterator *iterator = ubrk_open(type, locale, nullptr, 0, &code);
    *status = code;
    if (U_FAILURE(code)) return nullptr;
    return new DGMBreaker{iterator};
}

void dgm_breaker_close(DGMBreaker *breaker) {
    if (!breaker) return;
    ubrk_close(breaker->iterator);
    delete breaker;
}

void dgm_breaker_set_text(DGMBreaker *breaker, const uint16_t *text, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    ubrk_setText(breaker->iterator, reinterpret_cast<const UChar *>(text), length, &code);
    *status = code;
}

int32_t dgm_breaker_next(DGMBreaker *breaker) {
    int32_t next = ubrk_next(breaker->iterator);
    return next == UBRK_DONE ? -1 : next;
}

int32_t dgm_breaker_is_boundary(DGMBreaker *breaker, int32_t offset) {
    return ubrk_isBoundary(breaker->iterator, offset) ? 1 : 0;
}

int32_t dgm_breaker_rule_status(DGMBreaker *breaker) { return ubrk_getRuleStatus(breaker->iterator); }

int32_t dgm_breaker_count_words(DGMBreaker *breaker) {
    int32_t count = 0;
    ubrk_first(breaker->iterator);
    while (ubrk_next(breaker->iterator) != UBRK_DONE) {
        if (ubrk_getRuleStatus(breaker->iterator) >= UBRK_WORD_NUMBER) count++;
    }
    return count;
}

int32_t dgm_map_case(DGMCaseMapping mapping, const char *locale, const uint16_t *source, int32_t length,
                     uint16_t *destination, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const UChar *src = reinterpret_cast<const UChar *>(source);
    UChar *dst = reinterpret_cast<UChar *>(destination);
    int32_t result = 0;
    switch (mapping) {
        case DGM_CASE_LOWER: result = u_strToLower(dst, capacity, src, length, locale, &code); break;
        case DGM_CASE_UPPER: result = u_strToUpper(dst, capacity, src, length, locale, &code); break;
        case DGM_CASE_TITLE: result = u_strToTitle(dst, capacity, src, length, nullptr, locale, &code); break;
        case DGM_CASE_FOLD:
            result = u_strFoldCase(dst, capacity, src, length,
                                   isTurkic(locale) ? U_FOLD_CASE_EXCLUDE_SPECIAL_I : U_FOLD_CASE_DEFAULT, &code);
            break;
    }
    if (code == U_STRING_NOT_TERMINATED_WARNING) code = U_ZERO_ERROR;
    *status = code;
    return result;
}

int32_t dgm_normalize(DGMNormalForm form, const uint16_t *source, int32_t length, uint16_t *destination,
                      int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    const Normalizer2 *normalizer = nullptr;
    switch (form) {
        case DGM_NFC: normalizer = Normalizer2::getNFCInstance(code); break;
        case DGM_NFD: normalizer = Normalizer2::getNFDInstance(code); break;
        case DGM_NFKC: normalizer = Normalizer2::getNFKCInstance(code); break;
        case DGM_NFKC_CASEFOLD: normalizer = Normalizer2::getNFKCCasefoldInstance(code); break;
    }
    if (U_FAILURE(code)) {
        *status = code;
        return 0;
    }
    UnicodeString result = normalizer->normalize(view(source, length), code);
    if (U_FAILURE(code)) {
        *status = code;
        return 0;
    }
    return extract(result, destination, capacity, status);
}

DGMTransliterator *dgm_transliterator_open(const uint16_t *identifier, int32_t length, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    Transliterator *transliterator = Transliterator::createInstance(view(identifier, length), UTRANS_FORWARD, code);
    *status = code;
    if (U_FAILURE(code) || !transliterator) {
        delete transliterator;
        return nullptr;
    }
    return new DGMTransliterator{transliterator};
}

DGMTransliterator *dgm_transliterator_clone(const DGMTransliterator *transliterator) {
    Transliterator *copy = transliterator->transliterator->clone();
    return copy ? new DGMTransliterator{copy} : nullptr;
}

void dgm_transliterator_close(DGMTransliterator *transliterator) {
    if (!transliterator) return;
    delete transliterator->transliterator;
    delete transliterator;
}

int32_t dgm_transliterate(DGMTransliterator *transliterator, const uint16_t *source, int32_t length,
                          uint16_t *destination, int32_t capacity, int32_t *status) {
    UnicodeString text = view(source, length);
    transliterator->transliterator->transliterate(text);
    return extract(text, destination, capacity, status);
}

int32_t dgm_is_latin_common_or_inherited(uint32_t scalar) {
    UErrorCode code = U_ZERO_ERROR;
    UScriptCode script = uscript_getScript(static_cast<UChar32>(scalar), &code);
    if (U_FAILURE(code)) return 0;
    return script == USCRIPT_LATIN || script == USCRIPT_COMMON || script == USCRIPT_INHERITED ? 1 : 0;
}

int32_t dgm_locale_is_available(const char *locale) {
    char language[16] = {0};
    UErrorCode code = U_ZERO_ERROR;
    uloc_getLanguage(locale, language, sizeof language, &code);
    if (U_FAILURE(code) || language[0] == 0) return 0;
    int32_t count = uloc_countAvailable();
    for (int32_t index = 0; index < count; index++) {
        const char *available = uloc_getAvailable(index);
        if (std::strcmp(available, language) == 0) return 1;
    }
    return 0;
}

int32_t dgm_locale_is_right_to_left(const char *locale) { return uloc_isRightToLeft(locale) ? 1 : 0; }

void dgm_locale_quotation_marks(const char *locale, uint16_t marks[4], int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    ULocaleData *data = ulocdata_open(locale, &code);
    if (U_FAILURE(code)) {
        *status = code;
        return;
    }
    const ULocaleDataDelimiterType types[4] = {ULOCDATA_QUOTATION_START, ULOCDATA_QUOTATION_END,
                                               ULOCDATA_ALT_QUOTATION_START, ULOCDATA_ALT_QUOTATION_END};
    for (int index = 0; index < 4 && U_SUCCESS(code); index++) {
        UChar buffer[8] = {0};
        ulocdata_getDelimiter(data, types[index], buffer, 8, &code);
        marks[index] = buffer[0];
    }
    ulocdata_close(data);
    *status = code;
}

struct DGMDateFormatter {
    std::unique_ptr<DateFormat> format;
};

DGMDateFormatter *dgm_date_formatter_open(const char *locale, DGMDateStyle style, const char *timeZone,
                                          int32_t *status) {
    std::unique_ptr<DateFormat> format(
        DateFormat::createDateInstance(static_cast<DateFormat::EStyle>(style), Locale(locale)));
    if (!format) {
        *status = U_UNSUPPORTED_ERROR;
        return nullptr;
    }
    format->adoptTimeZone(TimeZone::createTimeZone(UnicodeString(timeZone, -1, US_INV)));
    return new DGMDateFormatter{std::move(format)};
}

int32_t dgm_date_formatter_format(const DGMDateFormatter *formatter, double millis, uint16_t *destination,
                                  int32_t capacity, int32_t *status) {
    UnicodeString result;
    formatter->format->format(static_cast<UDate>(millis), result);
    return extract(result, destination, capacity, status);
}

void dgm_date_formatter_close(DGMDateFormatter *formatter) { delete formatter; }

int32_t dgm_format_number(const char *locale, double value, int32_t maximumFractionDigits, uint16_t *destination,
                          int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    std::unique_ptr<NumberFormat> format(NumberFormat::createInstance(Locale(locale), code));
    if (U_FAILURE(code)) {
        *status = code;
        return 0;
    }
    format->setMaximumFractionDigits(maximumFractionDigits);
    UnicodeString result;
    format->format(value, result);
    return extract(result, destination, capacity, status);
}

int32_t dgm_plural_category(const char *locale, double value, char *destination, int32_t capacity,
                            int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    std::unique_ptr<PluralRules> rules(PluralRules::forLocale(Locale(locale), code));
    if (U_FAILURE(code)) {
        *status = code;
        return 0;
    }
    std::string keyword;
    rules->select(value).toUTF8String(keyword);
    return copyASCII(keyword, destination, capacity, status);
}

int32_t dgm_plural_categories(const char *locale, char *destination, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    std::unique_ptr<PluralRules> rules(PluralRules::forLocale(Locale(locale), code));
    if (U_FAILURE(code)) {
        *status = code;
        return 0;
    }
    std::unique_ptr<StringEnumeration> keywords(rules->getKeywords(code));
    std::set<std::string> sorted;
    while (U_SUCCESS(code)) {
        const char *keyword = keywords->next(nullptr, code);
        if (!keyword) break;
        sorted.insert(keyword);
    }
    std::string joined;
    for (const std::string &keyword : sorted) {
        if (!joined.empty()) joined += ' ';
        joined += keyword;
    }
    return copyASCII(joined, destination, capacity, status);
}

int32_t dgm_format_list(const char *locale, const uint16_t *const *items, const int32_t *lengths, int32_t count,
                        uint16_t *destination, int32_t capacity, int32_t *status) {
    UErrorCode code = U_ZERO_ERROR;
    std::unique_ptr<ListFormatter> formatter(ListFormatter::createInstance(Locale(locale), code));
    if (U_FAILURE(code)) {
        *status = code;
        return 0;
    }
    std::vector<UnicodeString> strings;
    strings.reserve(count);
    for (int32_t index = 0; index < count; index++) strings.push_back(view(items[index], lengths[index]));
    UnicodeString result;
    formatter->format(strings.data(), count, result, code);
    if (U_FAILURE(code)) {
        *status = code;
        return 0;
    }
    return extract(result, destination, capacity, status);
}

int32_t dgm_format_message(const char *locale, const uint16_t *pattern, int32_t pattern_length,
                           const DGMMessageArgument *arguments, int32_t argument_count, uint16_t *destination,
                           int32_t capacity, int32_t *status, int32_t *error_offset) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parseError;
    *error_offset = -1;
    MessageFormat format(view(pattern, pattern_length), Locale(locale), parseError, code);
    if (U_FAILURE(code)) {
        *error_offset = parseError.offset;
        *status = code;
        return 0;
    }
    std::vector<UnicodeString> names;
    std::vector<Formattable> values;
    names.reserve(argument_count);
    values.reserve(argument_count);
    for (int32_t index = 0; index < argument_count; index++) {
        const DGMMessageArgument &argument = arguments[index];
        names.push_back(UnicodeString::fromUTF8(argument.name));
        if (argument.is_number) {
            values.push_back(Formattable(argument.number));
        } else {
            values.push_back(Formattable(view(argument.string, argument.string_length)));
        }
    }
    UnicodeString result;
    format.format(names.data(), values.data(), argument_count, result, code);
    if (U_FAILURE(code)) {
        *status = code;
        return 0;
    }
    return extract(result, destination, capacity, status);
}

int32_t dgm_message_missing_plural_categories(const char *locale, const uint16_t *pattern, int32_t pattern_length,
                                              char *destination, int32_t capacity, int32_t *status,
                                              int32_t *error_offset) {
    UErrorCode code = U_ZERO_ERROR;
    UParseError parseError;
    *error_offset = -1;
    MessagePattern parsed(view(pattern, pattern_length), &parseError, code);
    if (U_FAILURE(code)) {
        *error_offset = parseError.offset;
        *status = code;
        return 0;
    }
    std::unique_ptr<PluralRules> rules(PluralRules::forLocale(Locale(locale), code));
    if (U_FAILURE(code)) {
        *status = code;
        return 0;
    }
    std::unique_ptr<StringEnumeration> keywords(rules->getKeywords(code));
    std::set<std::string> required;
    while (U_SUCCESS(code)) {
        const char *keyword = keywords->next(nullptr, code);
        if (!keyword) break;
        required.insert(keyword);
    }
    std::set<std::string> missing;
    int32_t count = parsed.countParts();
    for (int32_t index = 0; index < count; index++) {
        const MessagePattern::Part &part = parsed.getPart(index);
        if (part.getType() != UMSGPAT_PART_TYPE_ARG_START) continue;
        UMessagePatternArgType argType = part.getArgType();
        if (argType != UMSGPAT_ARG_TYPE_PLURAL) continue;
        std::set<std::string> present;
        int32_t limit = parsed.getLimitPartIndex(index);
        for (int32_t inner = index + 1; inner < limit; inner++) {
            const MessagePattern::Part &selector = parsed.getPart(inner);
            if (selector.getType() == UMSGPAT_PART_TYPE_ARG_SELECTOR) {
                std::string name;
                parsed.getSubstring(selector).toUTF8String(name);
                present.insert(name);
                // Skip the selector's message so nested arguments are visited on their own.
                int32_t messageStart = inner + 1;
                if (parsed.getPart(messageStart).getType() == UMSGPAT_PART_TYPE_ARG_INT ||
                    parsed.getPart(messageStart).getType() == UMSGPAT_PART_TYPE_ARG_DOUBLE) {
                    messageStart++;
                }
                (void)messageStart;
            }
        }
        for (const std::string &keyword : required) {
            if (!present.count(keyword)) missing.insert(keyword);
        }
    }
    std::string joined;
    for (const std::string &keyword : missing) {
        if (!joined.empty()) joined += ' ';
        joined += keyword;
    }
    return copyASCII(joined, destination, capacity, status);
}

}  // extern "C"
