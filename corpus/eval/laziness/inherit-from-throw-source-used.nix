let inherit (throw "src") a; in a
