#include "generator_io.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>

namespace aa::tables {
namespace {

std::string& data_dir() {
  static std::string dir;
  return dir;
}

}  // namespace

bool read_command_line(int argc, char** argv, const char* table) {
  if (argc != 2) {
    std::fprintf(stderr, "usage: %s DATA_DIR > %s\n", argv[0], table);
    return false;
  }
  data_dir() = argv[1];
  return true;
}

std::string read_data_file(const std::string& name) {
  std::ifstream in(data_dir() + "/" + name, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s/%s\n", data_dir().c_str(), name.c_str());
    std::exit(1);
  }
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

void write_table(const KeyTableWriter& writer, const char* table, std::string_view header) {
  const std::string out = writer.write(header);
  std::fwrite(out.data(), 1, out.size(), stdout);
  std::fprintf(stderr, "%s: %zu keys\n", table, writer.size());
}

}  // namespace aa::tables
