"" + ./does-not-exist
