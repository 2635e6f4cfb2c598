// proptest_main.cpp — main() of the property suites: RapidCheck's parameters from the
// project's environment variables, then GoogleTest.
//   NIXTWIN_PROPTEST_SCALE  multiplies the number of cases per property (default 1 = 300)
//   NIXTWIN_PROPTEST_SEED   a number, or "random" (default: a fixed seed, reproducible runs)
//   RC_PARAMS               RapidCheck's own parameters; when set, it wins.
#include <gtest/gtest.h>

#include <cstdlib>
#include <string>

int main(int argc, char ** argv) {
    if (!std::getenv("RC_PARAMS")) {
        std::string params;
        double scale = 1;
        if (const char * s = std::getenv("NIXTWIN_PROPTEST_SCALE")) scale = std::atof(s);
        if (scale <= 0) scale = 1;
        params += "max_success=" + std::to_string(int(300 * scale + 0.5));
        const char * seed = std::getenv("NIXTWIN_PROPTEST_SEED");
        if (!seed) params += " seed=20220530";
        else if (std::string(seed) != "random") params += std::string(" seed=") + seed;
        setenv("RC_PARAMS", params.c_str(), 1);
    }
    testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
