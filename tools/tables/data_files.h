// The generators' reader of the lists in wasm/data (the folder given on their command line).
#pragma once

#include <string>

namespace aa::tables {

void set_data_dir(std::string dir);
// The whole of DATA_DIR/`name`; exits with a message if it cannot be read.
std::string read_data_file(const std::string& name);

}  // namespace aa::tables
