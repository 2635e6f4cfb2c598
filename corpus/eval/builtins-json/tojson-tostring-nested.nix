builtins.toJSON [ { __toString = _: "x"; } { a = { __toString = _: "y"; }; } ]
