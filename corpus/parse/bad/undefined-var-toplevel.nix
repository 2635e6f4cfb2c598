zzz
