// derivation_wrapper.cpp — `derivation`: Nix code around derivationStrict, as in the reference.
// Its text keeps the reference's line layout because positions inside it are observable
// (unsafeGetAttrPos, error traces).
#include "registry.hpp"

namespace nixtwin {

namespace {

// The reference embeds its derivation.nix as a raw string that starts with a newline, so every
// line is one further down than in the file: hence the leading "\n".
const char kDerivationNix[] =
    "\n"
    "/* nixtwin: `derivation` calls derivationStrict and adds outPath, drvPath, type, all,\n"
    "   drvAttrs and one attribute per output; lines are laid out as in the reference. */\n"
    "\n"
    "drvAttrs @ { outputs ? [ \"out\" ], ... }:\n"
    "\n"
    "let\n"
    "\n"
    "  strict = derivationStrict drvAttrs;\n"
    "\n"
    "  commonAttrs = drvAttrs // (builtins.listToAttrs outputsList) //\n"
    "    { all = map (x: x.value) outputsList;\n"
    "      inherit drvAttrs;\n"
    "    };\n"
    "\n"
    "  outputToAttrListElement = outputName:\n"
    "    { name = outputName;\n"
    "      value = commonAttrs // {\n"
    "        outPath = builtins.getAttr outputName strict;\n"
    "        drvPath = strict.drvPath;\n"
    "        type = \"derivation\";\n"
    "        inherit outputName;\n"
    "      };\n"
    "    };\n"
    "\n"
    "  outputsList = map outputToAttrListElement outputs;\n"
    "\n"
    "in (builtins.head outputsList).value\n";

}  // namespace

void EvalState::evalDerivationWrapper(Value & v) {
    uint32_t origin = sources.origins.add(Origin{OriginKind::File, "//builtin/derivation.nix", kDerivationNix});
    ParseContext ctx{sources.symbols, sources.arena, sources.origins, sources.home};
    ParseOutcome outcome = parse(ctx, origin, "/");
    if (outcome.error || bindVariables(outcome.expr, sources.baseScope))
        throwEvalError("internal error: cannot parse the derivation wrapper");
    eval(outcome.expr, *baseEnv_, v);
}

}  // namespace nixtwin
