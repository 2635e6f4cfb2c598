builtins.path { path = ./fixtures/plain.txt; recursive = false; sha256 = "sha256-WJG1tSLV3whtD/CxEPvZ0hu0/HFjrzTQgoai6Eb2vgM="; }
