let { body = let { body = 1; }; }
