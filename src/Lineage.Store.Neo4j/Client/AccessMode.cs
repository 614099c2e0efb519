namespace Lineage.Store.Neo4j.Client;

/// <summary>Lets a cluster or Aura route reads to any member; writes go to the leader.</summary>
public enum AccessMode { Write, Read }
