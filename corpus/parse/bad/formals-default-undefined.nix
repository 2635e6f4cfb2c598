{ a ? zzz }: a
