using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Microfactory.Server.Tests.Support;

/// <summary>Collects warnings and errors of a test server so a failing test can show what the server said.</summary>
internal sealed class CollectingLogger(LogLevel minimum = LogLevel.Warning) : ILoggerProvider, ILogger
{
    public ConcurrentQueue<string> Messages { get; } = new();

    public ILogger CreateLogger(string categoryName) => this;

    public IDisposable? BeginScope<TState>(TState state)
        where TState : notnull => null;

    public bool IsEnabled(LogLevel logLevel) => logLevel >= minimum;

    public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
    {
        if (IsEnabled(logLevel))
        {
            Messages.Enqueue($"{logLevel}: {formatter(state, exception)} {exception}");
        }
    }

    public void Dispose()
    {
    }
}
