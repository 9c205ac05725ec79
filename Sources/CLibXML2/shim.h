// Debian's libxml2 is built with ICU; its headers would pull in an ICU that clashes with the one
// Foundation ships. FactLedger never touches the ICU parts of xmlCharEncodingHandler, so the
// ICU include is switched off for the declarations Swift sees.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

/// xmlFree is a global function pointer, which Swift 6 treats as shared mutable state.
static inline void fl_xml_free(void *pointer) { xmlFree(pointer); }
