import TendCLI

await Tend.main()
