#ifndef CXMLREADER_H
#define CXMLREADER_H

/*
 * libxml2's SAX2 push parser behind a plain C interface. Debian's libxml2 headers include ICU's, whose types
 * clash with the ICU module Foundation bundles, so no libxml2 (or ICU) type appears here.
 *
 * The parser refuses on its own what exchange files must not hold: a document type (internal or external
 * subset) and any entity other than the five predefined ones. Network access is off, entities are never
 * substituted, and libxml2's default size limits stay on. Errors are recorded, never printed.
 */

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct DGMXMLCallbacks {
    /** An element starts. `attributes` holds `count` groups of five pointers: local name, prefix (or NULL),
     namespace URI (or NULL), value start, value end (the value is not NUL-terminated). */
    void (*start_element)(void *user, const unsigned char *local, const unsigned char *namespace_uri,
                          int32_t count, const unsigned char **attributes);
    void (*end_element)(void *user);
    /** Text or CDATA, in pieces. */
    void (*characters)(void *user, const unsigned char *text, int32_t length);
    /** A document type was met; the parser stops. */
    void (*document_type)(void *user);
    /** An entity other than the predefined ones was referenced or declared; the parser stops. */
    void (*entity)(void *user);
} DGMXMLCallbacks;

typedef struct DGMXMLParser DGMXMLParser;

/** A push parser calling `callbacks` with `user`; `path` names the file in libxml2's errors. NULL if out of memory. */
DGMXMLParser *dgm_xml_parser_create(const DGMXMLCallbacks *callbacks, void *user, const char *path);
/** Parses the next `length` bytes (`last` = 1 for the final chunk). Returns 0 while all is well. */
int32_t dgm_xml_parser_push(DGMXMLParser *parser, const char *bytes, int32_t length, int32_t last);
/** Stops parsing (from a callback). */
void dgm_xml_parser_stop(DGMXMLParser *parser);
/** Whether the parser has stopped, by `dgm_xml_parser_stop` or a fatal error. */
int32_t dgm_xml_parser_stopped(const DGMXMLParser *parser);
/** Where the parser stands (1-based), e.g. just after a start tag inside `start_element`. */
int32_t dgm_xml_parser_line(const DGMXMLParser *parser);
int32_t dgm_xml_parser_column(const DGMXMLParser *parser);
/** How many bytes of the input the parser has consumed: inside `start_element`, the offset of the start tag's
 closing `>` (or `/>`). */
int64_t dgm_xml_parser_byte_offset(const DGMXMLParser *parser);
/** 1 if the document parsed so far is well-formed. */
int32_t dgm_xml_parser_well_formed(const DGMXMLParser *parser);
/** The first error libxml2 reported: returns its number (0 for none) and sets its line and column. */
int32_t dgm_xml_parser_first_error(const DGMXMLParser *parser, int32_t *line, int32_t *column);
void dgm_xml_parser_free(DGMXMLParser *parser);

#ifdef __cplusplus
}
#endif

#endif
