import TendCLI

Tend.main()
