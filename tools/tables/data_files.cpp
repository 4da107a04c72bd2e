#include "data_files.h"

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>

namespace aa::tables {
namespace {

std::string& data_dir() {
  static std::string dir = ".";
  return dir;
}

}  // namespace

void set_data_dir(std::string dir) { data_dir() = std::move(dir); }

std::string read_data_file(const std::string& name) {
  std::ifstream in(data_dir() + "/" + name, std::ios::binary);
  if (!in) {
    std::fprintf(stderr, "cannot read %s/%s\n", data_dir().c_str(), name.c_str());
    std::exit(1);
  }
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace aa::tables
