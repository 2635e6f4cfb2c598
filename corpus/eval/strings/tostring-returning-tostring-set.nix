"x" + { __toString = self: { __toString = s: "deep"; }; }
