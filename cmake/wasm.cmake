# WebAssembly build (emcmake): the same core, ICU cross-built for wasm (build-scripts/
# build-icu-wasm.sh) with a filtered data package compiled in, as an ES module for web,
# worker and node.
if(NOT ICU_WASM_DIR)
  message(FATAL_ERROR "Set -DICU_WASM_DIR to the directory printed by build-scripts/build-icu-wasm.sh")
endif()
# Debian's nlohmann/json headers, without putting all of /usr/include (glibc) on the wasm path.
find_path(NLOHMANN_DIR nlohmann/json.hpp PATHS /usr/include NO_CMAKE_FIND_ROOT_PATH NO_DEFAULT_PATH REQUIRED)
set(NLOHMANN_INCLUDE ${CMAKE_BINARY_DIR}/third_party)
file(MAKE_DIRECTORY ${NLOHMANN_INCLUDE})
file(CREATE_LINK ${NLOHMANN_DIR}/nlohmann ${NLOHMANN_INCLUDE}/nlohmann SYMBOLIC)

# Only what the core uses goes into the data package: see wasm/data/icu-data-items.list.
set(AA_ICU_DAT ${CMAKE_BINARY_DIR}/icu/icudt72l.dat)
set(AA_ICU_DATA_C ${CMAKE_BINARY_DIR}/icu/icudt72l_dat.c)
add_custom_command(
  OUTPUT ${AA_ICU_DATA_C}
  COMMAND ${CMAKE_SOURCE_DIR}/build-scripts/icu-data-package.sh ${ICU_WASM_DIR}
          ${CMAKE_SOURCE_DIR}/wasm/data/icu-data-items.list ${CMAKE_BINARY_DIR}/icu
  DEPENDS ${CMAKE_SOURCE_DIR}/wasm/data/icu-data-items.list ${CMAKE_SOURCE_DIR}/build-scripts/icu-data-package.sh
  COMMENT "Packaging filtered ICU data")

add_library(aa_icu_data STATIC ${AA_ICU_DATA_C})
target_include_directories(aa_icu_data PRIVATE ${ICU_WASM_DIR}/include)
target_include_directories(aa_core PUBLIC ${ICU_WASM_DIR}/include ${NLOHMANN_INCLUDE})
target_compile_definitions(aa_core PUBLIC U_USING_ICU_NAMESPACE=0)
target_link_libraries(aa_core PUBLIC ${ICU_WASM_DIR}/lib/libicuuc.a aa_icu_data)
# Code shape for V8, which compiles a wasm function whole on its first call (Liftoff) and
# moves it to optimized code (TurboFan) only between calls, once it has run enough. Binaryen's
# -O3 at link time inlines every function that has a single caller whatever its size, which
# folded all the pipeline's stages into one 146 KB aa_analyze (and the construction into a
# 15 KB aa_create): the first analysis compiled all of it, used or not, and its hot loops could
# not be optimized on their own. With that inlining limited to tiny functions, each stage stays
# its own function: first analyze() in Node 11 ms of main-thread time instead of 20, and
# steady-state analysis no slower (docs/figures.md). LLVM at -O2 rather than -O3: as fast
# with the stages kept apart and 6.4 KB smaller gzipped, except for the social scanners, which
# walk every character and extract 25% faster at -O3.
set(AA_WASM_COMPILE_OPT -O2 CACHE STRING "Optimization level of the wasm build's C++ compile")
set(AA_WASM_LINK_OPT -O3 -sBINARYEN_EXTRA_PASSES=--one-caller-inline-max-function-size=0
    CACHE STRING "Optimization flags of the wasm link (Binaryen's wasm-opt)")
target_compile_options(aa_core PRIVATE ${AA_WASM_COMPILE_OPT})
file(GLOB AA_WASM_PER_CHARACTER_SOURCES CONFIGURE_DEPENDS ${CMAKE_SOURCE_DIR}/wasm/src/social/*.cpp)
set_source_files_properties(${AA_WASM_PER_CHARACTER_SOURCES} PROPERTIES COMPILE_OPTIONS -O3)

# One module per job: the product (what the page, the widget and the npm package load) and a
# bench-only twin that adds the per-stage timing hooks of bench/stages.h, built on demand by
# build-scripts/bench.sh, so no benchmark code ships to users.
set(AA_WASM_EXPORTS _aa_create,_aa_destroy,_aa_malloc,_aa_free,_aa_analyze,_aa_normalize,_aa_variant_key,_aa_heap_in_use,_aa_extract_social)
function(aa_wasm_module name exports)
  target_link_libraries(${name} PRIVATE aa_core)
  target_compile_options(${name} PRIVATE ${AA_WASM_COMPILE_OPT})
  target_link_options(${name} PRIVATE
    ${AA_WASM_LINK_OPT}
    -sMODULARIZE=1 -sEXPORT_ES6=1 -sEXPORT_NAME=createCore
    -sENVIRONMENT=web,worker,node
    -sDYNAMIC_EXECUTION=0
    # 16 MB from the start (Emscripten's default, stated here because the first result depends
    # on it): the data, the analyzer and an article's analysis fit, so the first analysis does
    # not grow memory (tests/wasm/api.test.mjs); longer texts grow it.
    -sINITIAL_MEMORY=16MB -sALLOW_MEMORY_GROWTH=1 -sMAXIMUM_MEMORY=2GB
    -sFILESYSTEM=0
    # emmalloc: 3 KB less of the gzipped wasm than dlmalloc, no slower on the analyze benchmark.
    -sMALLOC=emmalloc
    -sNODEJS_CATCH_EXIT=0 -sNODEJS_CATCH_REJECTION=0
    -sEXPORTED_FUNCTIONS=${exports}
    -sINCOMING_MODULE_JS_API=wasmBinary,locateFile,instantiateWasm,print,printErr)
  set_target_properties(${name} PROPERTIES SUFFIX ".js")
endfunction()

add_executable(arabic-analyzer-core ${CMAKE_SOURCE_DIR}/wasm/bindings/wasm_api.cpp)
aa_wasm_module(arabic-analyzer-core ${AA_WASM_EXPORTS})

add_executable(arabic-analyzer-bench-core EXCLUDE_FROM_ALL ${CMAKE_SOURCE_DIR}/wasm/bindings/wasm_api.cpp
               ${CMAKE_SOURCE_DIR}/bench/bench_api.cpp ${CMAKE_SOURCE_DIR}/bench/stages.cpp)
target_include_directories(arabic-analyzer-bench-core PRIVATE ${CMAKE_SOURCE_DIR}/bench)
aa_wasm_module(arabic-analyzer-bench-core ${AA_WASM_EXPORTS},_aa_bench_prepare,_aa_bench_run)

# A test-only module: the word segmenter alone, for tests/wasm/word-break.test.mjs.
add_executable(arabic-analyzer-test-core ${CMAKE_SOURCE_DIR}/tests/wasm/word_break_api.cpp)
aa_wasm_module(arabic-analyzer-test-core _malloc,_free,_aa_test_word_segments)
