import "/work/nonexistent-nixtwin-path/x.nix"
