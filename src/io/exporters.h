// Private to the io stage: the factories behind make_exporter().
#pragma once

#include <memory>

#include "jaring/exporter.h"

namespace jaring {

std::unique_ptr<Exporter> make_jsonld_exporter();
std::unique_ptr<Exporter> make_nquads_exporter();
std::unique_ptr<Exporter> make_dot_exporter();
std::unique_ptr<Exporter> make_svg_exporter();
std::unique_ptr<Exporter> make_png_exporter();
std::unique_ptr<Exporter> make_pdf_exporter();
std::unique_ptr<Exporter> make_graphml_exporter();
std::unique_ptr<Exporter> make_csv_exporter();

}  // namespace jaring
