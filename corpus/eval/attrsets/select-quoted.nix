{ "with space" = 1; }."with space"
