{ a = { b = { c = throw "deep"; }; }; }
