{ a = throw "left"; } == { a = throw "right"; }
