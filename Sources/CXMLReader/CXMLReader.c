#include "CXMLReader.h"

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>
#include <pthread.h>
#include <stdlib.h>
#include <string.h>

struct DGMXMLParser {
    xmlParserCtxtPtr context;
    DGMXMLCallbacks callbacks;
    void *user;
    int32_t error_code;
    int32_t error_line;
    int32_t error_column;
};

static void start_element(void *data, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri,
                          int namespace_count, const xmlChar **namespaces, int count, int defaulted,
                          const xmlChar **attributes) {
    (void)prefix, (void)namespace_count, (void)namespaces, (void)defaulted;
    DGMXMLParser *parser = data;
    parser->callbacks.start_element(parser->user, local, uri, count, attributes);
}

static void end_element(void *data, const xmlChar *local, const xmlChar *prefix, const xmlChar *uri) {
    (void)local, (void)prefix, (void)uri;
    DGMXMLParser *parser = data;
    parser->callbacks.end_element(parser->user);
}

static void characters(void *data, const xmlChar *text, int length) {
    DGMXMLParser *parser = data;
    parser->callbacks.characters(parser->user, text, length);
}

static void subset(void *data, const xmlChar *name, const xmlChar *external_id, const xmlChar *system_id) {
    (void)name, (void)external_id, (void)system_id;
    DGMXMLParser *parser = data;
    parser->callbacks.document_type(parser->user);
    xmlStopParser(parser->context);
}

static void entity_declaration(void *data, const xmlChar *name, int type, const xmlChar *public_id,
                               const xmlChar *system_id, xmlChar *content) {
    (void)name, (void)type, (void)public_id, (void)system_id, (void)content;
    DGMXMLParser *parser = data;
    parser->callbacks.entity(parser->user);
    xmlStopParser(parser->context);
}

/* Called only for entities that are not predefined: libxml2 resolves &amp; &lt; &gt; &quot; &apos; itself. */
static xmlEntityPtr get_entity(void *data, const xmlChar *name) {
    (void)name;
    DGMXMLParser *parser = data;
    parser->callbacks.entity(parser->user);
    xmlStopParser(parser->context);
    return NULL;
}

static void structured_error(void *data, xmlErrorPtr error) {
    DGMXMLParser *parser = data;
    if (error == NULL || error->level < XML_ERR_ERROR || parser->error_code != 0) return;
    parser->error_code = error->code;
    parser->error_line = error->line;
    parser->error_column = error->int2;
}

static pthread_once_t initialization = PTHREAD_ONCE_INIT;

static void initialize(void) { xmlInitParser(); }

DGMXMLParser *dgm_xml_parser_create(const DGMXMLCallbacks *callbacks, void *user, const char *path) {
    /* libxml2 asks for one initialization before threads use it; build workers parse store files in parallel. */
    pthread_once(&initialization, initialize);
    DGMXMLParser *parser = calloc(1, sizeof(DGMXMLParser));
    if (parser == NULL) return NULL;
    parser->callbacks = *callbacks;
    parser->user = user;
    xmlSAXHandler handler;
    memset(&handler, 0, sizeof(handler));
    handler.initialized = XML_SAX2_MAGIC;
    handler.startElementNs = start_element;
    handler.endElementNs = end_element;
    handler.characters = characters;
    handler.ignorableWhitespace = characters;
    handler.cdataBlock = characters;
    handler.internalSubset = subset;
    handler.externalSubset = subset;
    handler.entityDecl = entity_declaration;
    handler.getEntity = get_entity;
    handler.serror = structured_error;
    parser->context = xmlCreatePushParserCtxt(&handler, parser, NULL, 0, path);
    if (parser->context == NULL) {
        free(parser);
        return NULL;
    }
    /* No XML_PARSE_NOENT, DTDLOAD or HUGE: entities stay unexpanded and the size limits stay on. The input is
       checked to be UTF-8 before it gets here, so a declared encoding is ignored: no converter runs, and byte
       offsets are offsets into the caller's bytes. */
    xmlCtxtUseOptions(parser->context, XML_PARSE_NONET | XML_PARSE_NOCDATA | XML_PARSE_IGNORE_ENC);
    return parser;
}

int32_t dgm_xml_parser_push(DGMXMLParser *parser, const char *bytes, int32_t length, int32_t last) {
    return xmlParseChunk(parser->context, bytes, length, last);
}

void dgm_xml_parser_stop(DGMXMLParser *parser) { xmlStopParser(parser->context); }

int32_t dgm_xml_parser_stopped(const DGMXMLParser *parser) { return parser->context->disableSAX != 0; }

int32_t dgm_xml_parser_line(const DGMXMLParser *parser) { return xmlSAX2GetLineNumber(parser->context); }

int32_t dgm_xml_parser_column(const DGMXMLParser *parser) { return xmlSAX2GetColumnNumber(parser->context); }

int64_t dgm_xml_parser_byte_offset(const DGMXMLParser *parser) { return xmlByteConsumed(parser->context); }

int32_t dgm_xml_parser_well_formed(const DGMXMLParser *parser) { return parser->context->wellFormed != 0; }

int32_t dgm_xml_parser_first_error(const DGMXMLParser *parser, int32_t *line, int32_t *column) {
    *line = parser->error_line;
    *column = parser->error_column;
    return parser->error_code;
}

void dgm_xml_parser_free(DGMXMLParser *parser) {
    if (parser == NULL) return;
    xmlFreeParserCtxt(parser->context);
    free(parser);
}
