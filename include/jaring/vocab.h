// The RDF vocabulary of jaring's graph exports (JSON-LD, N-Quads): stable IRIs for
// entities, statements, evidence and the jaring terms. Documented in docs/vocabulary.md.
#pragma once

#include <string>
#include <string_view>

#include "jaring/types.h"

namespace jaring::vocab {

inline constexpr std::string_view kJaring = "https://w3id.org/jaring/vocab#";
inline constexpr std::string_view kEntity = "https://w3id.org/jaring/entity/";
inline constexpr std::string_view kStatement = "https://w3id.org/jaring/statement/";
inline constexpr std::string_view kSchema = "https://schema.org/";
inline constexpr std::string_view kOwl = "http://www.w3.org/2002/07/owl#";
inline constexpr std::string_view kRdf = "http://www.w3.org/1999/02/22-rdf-syntax-ns#";
inline constexpr std::string_view kXsd = "http://www.w3.org/2001/XMLSchema#";
inline constexpr std::string_view kWikidata = "http://www.wikidata.org/entity/";

/// Percent-encodes everything but RFC 3986 unreserved characters.
std::string iri_escape(std::string_view s);
/// Decodes what iri_escape encoded (any %XX); other characters are kept as they are.
std::string iri_unescape(std::string_view s);

/// Local parts (after the prefixes above).
std::string entity_local(const std::string& vertex_id);
std::string statement_local(const std::string& subject_id, const std::string& relation,
                            const std::string& object_id);
std::string evidence_local(const std::string& statement_local, const Evidence& e);

/// schema:Country, schema:Person, schema:Organization, schema:Place.
std::string_view schema_type(EntityType t);

/// A decimal in xsd:decimal lexical form with at most three digits after the point.
std::string decimal(double x);

}  // namespace jaring::vocab
