false || "a"
