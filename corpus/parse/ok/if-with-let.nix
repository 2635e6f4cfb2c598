if true then let a = 1; in a else with { }; b
