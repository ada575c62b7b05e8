print("intervisie")
