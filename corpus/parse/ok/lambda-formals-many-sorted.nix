{ zz, aa ? 1, mm, bb ? 2, ... }: [ zz aa mm bb ]
