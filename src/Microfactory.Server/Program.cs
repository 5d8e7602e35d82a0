using Microfactory.Server;

return await ServerApp.RunAsync(args);
