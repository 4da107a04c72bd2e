# Native build: core against Debian's ICU, the CLI, GoogleTest unit tests, the benchmark.
find_package(ICU 70 REQUIRED COMPONENTS uc i18n data)
find_package(nlohmann_json 3 REQUIRED)
target_link_libraries(aa_core PUBLIC ICU::i18n ICU::uc ICU::data nlohmann_json::nlohmann_json)

if(AA_SANITIZE)
  add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_link_options(-fsanitize=address,undefined)
  target_compile_options(aa_core PRIVATE -fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
  add_compile_definitions(AA_SANITIZE_BUILD=1)
endif()

add_executable(arabic-analyzer ${CMAKE_SOURCE_DIR}/cli/main.cpp)
target_link_libraries(arabic-analyzer PRIVATE aa_core)

# ICU's word break iterator, the reference the tests and the fuzzer hold text/word_break.cpp to.
add_library(aa_word_break_reference INTERFACE)
target_include_directories(aa_word_break_reference INTERFACE ${CMAKE_SOURCE_DIR}/tests/reference)
target_link_libraries(aa_word_break_reference INTERFACE aa_core)

enable_testing()
find_package(GTest REQUIRED)
find_package(yaml-cpp REQUIRED)  # reads twitter-text's conformance suite (tests only)
file(GLOB AA_TEST_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/native/*.cpp)
add_executable(aa_tests ${AA_TEST_SOURCES})
target_link_libraries(aa_tests PRIVATE aa_core_internal aa_word_break_reference aa_normalize_bmp aa_key_tables aa_char_props_icu ner_calibration_fit GTest::gtest GTest::gtest_main yaml-cpp)
# The shared folder as build-scripts/lib.sh finds it: AA_SHARED_DIR, else ../shared beside the
# clone (tests also honour AA_SHARED_DIR at run time: tests/native/test_support.cpp).
if(DEFINED ENV{AA_SHARED_DIR} AND NOT "$ENV{AA_SHARED_DIR}" STREQUAL "")
  set(AA_SHARED_DIR_DEFAULT "$ENV{AA_SHARED_DIR}")
else()
  set(AA_SHARED_DIR_DEFAULT "${CMAKE_SOURCE_DIR}/../shared")
endif()
set(AA_SHARED_DIR "${AA_SHARED_DIR_DEFAULT}" CACHE PATH "The shared corpora folder (see build-scripts/lib.sh)")
target_compile_definitions(aa_tests PRIVATE
  AA_SOURCE_DIR="${CMAKE_SOURCE_DIR}"
  AA_SHARED_DIR="${AA_SHARED_DIR}")
include(GoogleTest)
gtest_discover_tests(aa_tests WORKING_DIRECTORY ${CMAKE_SOURCE_DIR} DISCOVERY_TIMEOUT 60)
add_test(NAME cli_contract
         COMMAND ${CMAKE_SOURCE_DIR}/tests/cli/cli_contract.sh $<TARGET_FILE:arabic-analyzer>
         WORKING_DIRECTORY ${CMAKE_SOURCE_DIR})

find_package(benchmark QUIET)
if(benchmark_FOUND AND NOT AA_SANITIZE)
  add_executable(aa_bench ${CMAKE_SOURCE_DIR}/bench/bench_native.cpp ${CMAKE_SOURCE_DIR}/bench/stages.cpp)
  target_link_libraries(aa_bench PRIVATE aa_core benchmark::benchmark)
  target_compile_definitions(aa_bench PRIVATE AA_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
endif()

if(AA_FUZZ)
  # Coverage instrumentation in the core itself, so libFuzzer can steer into it.
  target_compile_options(aa_core PRIVATE -fsanitize=fuzzer-no-link)
  file(GLOB AA_FUZZ_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/tests/fuzz/*.cpp)
  foreach(src ${AA_FUZZ_SOURCES})
    get_filename_component(name ${src} NAME_WE)
    add_executable(${name} ${src})
    target_compile_options(${name} PRIVATE -fsanitize=fuzzer)
    target_link_options(${name} PRIVATE -fsanitize=fuzzer)
    target_link_libraries(${name} PRIVATE aa_core aa_word_break_reference)
  endforeach()
endif()

# ---- Entity recognizer tools (trainer, evaluation, gazetteer generator) --------
add_subdirectory(${CMAKE_SOURCE_DIR}/tools/ner ${CMAKE_BINARY_DIR}/tools/ner)
# ---- Generators of the build-time tables (and what the tests compare them with) -------
add_subdirectory(${CMAKE_SOURCE_DIR}/tools/tables ${CMAKE_BINARY_DIR}/tools/tables)
