using System.ComponentModel.DataAnnotations;

namespace SupplierDD.ServiceDefaults.Messaging;

/// <summary>Which broker carries events.</summary>
public enum MessagingTransport
{
    /// <summary>RabbitMQ: every real deployment.</summary>
    RabbitMq,
    /// <summary>In-process: one service alone, with no other service to talk to.</summary>
    InMemory,
}

/// <summary>Bound from <c>Messaging</c>.</summary>
public sealed class MessagingOptions
{
    /// <summary><c>RabbitMq</c> | <c>InMemory</c>.</summary>
    public MessagingTransport Transport { get; set; } = MessagingTransport.RabbitMq;
    /// <summary>Broker connection, used with <c>RabbitMq</c>.</summary>
    [Required] public RabbitMqOptions RabbitMq { get; set; } = new();
    /// <summary>Block start-up until the bus is connected and consumers are bound, so the first event is not published before its queue exists.</summary>
    public bool WaitUntilStarted { get; set; } = true;
}

/// <summary>RabbitMQ connection settings.</summary>
public sealed class RabbitMqOptions
{
    /// <summary>Host name.</summary>
    [Required] public string Host { get; set; } = "127.0.0.1";
    /// <summary>AMQP port.</summary>
    [Range(1, 65535)] public int Port { get; set; } = 5672;
    /// <summary>Virtual host.</summary>
    [Required] public string VirtualHost { get; set; } = "/";
    /// <summary>User name.</summary>
    [Required] public string Username { get; set; } = "guest";
    /// <summary>Password.</summary>
    [Required] public string Password { get; set; } = "guest";
}
