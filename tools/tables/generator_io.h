// What the key-table generators share: their command line (DATA_DIR, the table to standard
// output), reading the lists of wasm/data, and writing the table.
#pragma once

#include <string>
#include <string_view>

#include "key_table_writer.h"

namespace aa::tables {

// Takes DATA_DIR from the command line; false, after a usage message naming `table`, when
// the command line is not that.
bool read_command_line(int argc, char** argv, const char* table);
// The whole of DATA_DIR/`name`; exits with a message if it cannot be read.
std::string read_data_file(const std::string& name);
// Writes `writer`'s table, after `header`, to standard output, and its size to standard error.
void write_table(const KeyTableWriter& writer, const char* table, std::string_view header);

}  // namespace aa::tables
