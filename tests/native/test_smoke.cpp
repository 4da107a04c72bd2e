#include <gtest/gtest.h>
#include "arabic_analyzer/analyzer.h"
TEST(Smoke, Builds) { aa::Analyzer a; EXPECT_FALSE(a.analyze(u"x").error); }
