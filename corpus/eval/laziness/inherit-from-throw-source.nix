let inherit (throw "src") a; in 1
