builtins.filterSource (p: t: true) (./fixtures + "/at@sign.txt")
